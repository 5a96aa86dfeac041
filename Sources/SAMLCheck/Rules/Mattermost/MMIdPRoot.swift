/// MM-IDP-ROOT: Mattermost imports IdP metadata only from an EntityDescriptor document.
struct MMIdPRoot: Rule {
    static let description = RuleDescription(
        id: "MM-IDP-ROOT",
        title: "IdP metadata is a single EntityDescriptor",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.3 step 3, §4 F7, §7 D5",
        rationale: "Mattermost decodes IdP metadata into one md:EntityDescriptor; an EntitiesDescriptor root (a federation aggregate, Keycloak before v14) fails to decode and 'Get SAML Metadata from IdP' fails.",
        hint: "Point Mattermost at the IdP's own metadata (one EntityDescriptor), or extract the IdP's EntityDescriptor from the aggregate and enter its values by hand.",
        examples: [
            .triggers(ExampleMetadata.aggregate([ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO),
                                                                        entityID: "https://idp.example.org/idp/shibboleth")], marked: true)),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard let root = document.rootGroup else { return }
        context.report("The document element is an EntitiesDescriptor (\(root.entityCount) entities); Mattermost can import only an EntityDescriptor.",
                       at: root.position, hint: "\(Self.description.hint) Mattermost reports \(MattermostError.decodeMetadata.id).")
    }
}
