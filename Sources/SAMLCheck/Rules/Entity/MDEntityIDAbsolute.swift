/// MD-ENTITYID-ABSOLUTE: entityIDs are absolute URIs.
struct MDEntityIDAbsolute: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-ABSOLUTE",
        title: "entityID is an absolute URI",
        severity: .error,
        profiles: [.core],
        citation: "CORE §1.3.2; S2I SDP-G04",
        rationale: "SAML URI values are REQUIRED to be absolute (with a scheme such as https: or urn:). A bare host name or path is treated differently by different products, so the entity's messages do not match its metadata.",
        hint: "Use an absolute URI, normally https://<your host>/<path>, or a urn: you control.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "sp.example.org", marked: true)),
            .passes(ExampleMetadata.sp()),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "urn:mace:example.org:sp")),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID, !entityID.isBlank else { return }
        let uri = URIText(entityID.trimmingWhitespace())
        if !uri.isAbsolute {
            let detail = uri.scheme == nil ? "it has no scheme" : "it has no host after \(uri.scheme!)://"
            context.report("The entityID '\(entityID)' is not an absolute URI: \(detail).", at: entity.position)
        }
    }
}
