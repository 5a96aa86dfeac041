/// MM-IDP-KEY-PICK: the first KeyDescriptor, which Mattermost takes, is a signing key.
struct MMIdPKeyPick: Rule {
    static let description = RuleDescription(
        id: "MM-IDP-KEY-PICK",
        title: "Mattermost's certificate pick is a signing certificate",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.3 step 7, §4 F2, §6 (ADFS), §7 D5",
        rationale: "'Get SAML Metadata from IdP' installs the certificate of the first KeyDescriptor whatever its use. ADFS lists its token-decrypting (use=\"encryption\") certificate first, so Mattermost then verifies signatures with the wrong certificate and every login fails.",
        hint: "Upload the IdP's signing certificate (ADFS: the Token-signing certificate) by hand instead of using 'Get SAML Metadata from IdP'.",
        examples: [
            .triggers(MattermostScenarios.idpMetadata(encryptionFirst: true).replacingFirst(#"<md:KeyDescriptor use="encryption">"#, with: #"↓<md:KeyDescriptor use="encryption">"#)),
            .passes(MattermostScenarios.idpMetadata()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let role = entity.identityProviders.first, let first = role.keyDescriptors.first, first.knownUse == .encryption else { return }
        context.report("The first KeyDescriptor is use=\"encryption\": Mattermost's import installs this certificate as the IdP signing certificate.",
                       at: first.position, hint: "\(Self.description.hint) Mattermost reports \(MattermostError.invalidSignature.id).")
    }
}
