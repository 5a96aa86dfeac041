/// MD-ENTITYID-MISSING: every EntityDescriptor names itself.
struct MDEntityIDMissing: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-MISSING",
        title: "EntityDescriptor has an entityID",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3.2",
        rationale: "entityID is a required attribute: it is the name peers know the entity by, the Issuer of its messages and the audience of assertions for it. Without one the entity cannot take part in SSO.",
        hint: "Add entityID=\"…\" with the entity's unique, absolute URI (for example https://sp.example.org/shibboleth).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: nil, marked: true)),
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "", marked: true),
                      note: "An empty entityID counts as missing."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if entity.entityID == nil {
            context.report("The EntityDescriptor has no entityID.", at: entity.position)
        } else if entity.entityID!.isBlank {
            context.report("The EntityDescriptor's entityID is empty.", at: entity.position)
        }
    }
}
