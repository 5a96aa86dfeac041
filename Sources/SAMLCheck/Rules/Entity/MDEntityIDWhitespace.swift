/// MD-ENTITYID-WHITESPACE: no whitespace in entityIDs.
struct MDEntityIDWhitespace: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-WHITESPACE",
        title: "entityID contains no whitespace",
        severity: .error,
        profiles: [.core, .edugain],
        citation: "EDUG-V E1; UKF check_misc.xsl",
        rationale: "A URI cannot contain spaces or line breaks. Leading or trailing whitespace makes the entityID differ from the Issuer in messages, and such failures are hard to see.",
        hint: "Remove the whitespace from the entityID attribute (often a trailing space or newline pasted in).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             entityID: "https://sp.example.org/shibboleth ", marked: true)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID, entityID.containsXMLWhitespace, !entityID.isBlank else { return }
        let position = entityID.trimmingWhitespace() == entityID ? "inside" : "around"
        context.report("The entityID '\(entityID)' has whitespace \(position) it.", at: entity.position)
    }
}
