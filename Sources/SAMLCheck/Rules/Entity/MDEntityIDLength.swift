/// MD-ENTITYID-LENGTH: entityIDs are at most 1024 characters.
struct MDEntityIDLength: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-LENGTH",
        title: "entityID is at most 1024 characters",
        severity: .error,
        profiles: [.core],
        citation: "META §2.2.1; CORE §8.3.6",
        rationale: "entityIDType restricts the URI to 1024 characters; OpenSAML rejects longer ones and many products store the ID in fixed-size columns.",
        hint: "Choose a shorter entityID (saml2int recommends at most 256 characters).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             entityID: "https://sp.example.org/" + String(repeating: "a", count: 1010), marked: true)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID else { return }
        let length = entityID.count
        if length > 1024 {
            context.report("The entityID is \(length) characters long; the limit is 1024.", at: entity.position)
        }
    }
}
