/// MM-IDP-IMPORT-MISSING: the parts Mattermost's import needs are there.
struct MMIdPImportMissing: Rule {
    static let description = RuleDescription(
        id: "MM-IDP-IMPORT-MISSING",
        title: "IdP metadata has what Mattermost imports",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.3 steps 5–7, §4 F7, §7 D5",
        rationale: "Mattermost's import takes the first IDPSSODescriptor, its first SingleSignOnService and the certificate of its first KeyDescriptor; if any is missing the import fails with its own error.",
        hint: "Use the IdP metadata that describes its SAML 2.0 IdP role, with a SingleSignOnService and a signing KeyDescriptor with an X509Certificate.",
        examples: [
            .triggers(ExampleMetadata.idp(ExampleMetadata.redirectSSO, roleAttributes: "↓"), note: "No KeyDescriptor."),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard entity.isDocumentElement else { return }
        guard let role = entity.identityProviders.first else {
            if entity.serviceProviders.isEmpty {
                context.report("There is no IDPSSODescriptor.", at: entity.position,
                               hint: "\(Self.description.hint) Mattermost reports \(MattermostError.missingIDPSSODescriptors.id).")
            }
            return
        }
        if role.endpoints(.singleSignOnService).isEmpty {
            context.report("The IDPSSODescriptor has no SingleSignOnService.", at: role.position,
                           hint: "\(Self.description.hint) Mattermost reports \(MattermostError.missingSSOServices.id).")
        }
        if role.keyDescriptors.first?.keyInfo?.certificates.isEmpty ?? true {
            context.report(role.keyDescriptors.isEmpty ? "The IDPSSODescriptor has no KeyDescriptor." : "The first KeyDescriptor has no X509Certificate, which is what Mattermost takes.",
                           at: role.keyDescriptors.first?.position ?? role.position,
                           hint: "\(Self.description.hint) Mattermost reports \(MattermostError.missingKeyDescriptor.id).")
        }
    }
}
