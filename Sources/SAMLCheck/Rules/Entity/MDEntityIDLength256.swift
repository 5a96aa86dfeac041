/// MD-ENTITYID-LENGTH-256: entityIDs fit in 256 characters.
struct MDEntityIDLength256: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-LENGTH-256",
        title: "entityIDs are at most 256 characters",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int],
        citation: "S2I SDP-MD01; CORE §8.3.6",
        rationale: "SAML core limits an entity identifier to 1024 characters, but saml2int requires 256 at most: products store entityIDs in fixed-size columns and truncate or refuse longer ones.",
        hint: "Choose a shorter entityID (an https URL of the service's host, such as https://sp.example.org/shibboleth).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             entityID: "https://sp.example.org/" + String(repeating: "a", count: 240), marked: true), profiles: [.saml2int]),
            .passes(ExampleMetadata.sp(), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID, entityID.count > 256 else { return }
        context.report("The entityID is \(entityID.count) characters long; saml2int allows 256.", at: entity.position)
    }
}
