/// MM-SP-ENCRYPTION: with an encryption key published, Mattermost requires encrypted assertions.
struct MMSPEncryption: Rule {
    static let description = RuleDescription(
        id: "MM-SP-ENCRYPTION",
        title: "The IdP must encrypt assertions to Mattermost's key",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §2.2, §2.5, §4 F6, §7 D3",
        rationale: "When Mattermost publishes an encryption key (Encrypt=true, the default), it rejects every unencrypted assertion. Google Workspace cannot encrypt, and Okta, Keycloak and Entra ID encrypt only when told to.",
        hint: "Configure the IdP to encrypt assertions with this certificate, or turn Encrypt off in Mattermost if the IdP cannot encrypt.",
        examples: [
            .triggers(MattermostScenarios.spMetadata().replacingFirst(#"<KeyDescriptor use="encryption">"#, with: #"↓<KeyDescriptor use="encryption">"#)),
            .passes(MattermostScenarios.spMetadata(encryption: false)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders {
            guard let key = role.keyDescriptors.first(where: { $0.knownUse == .encryption }) else { continue }
            let fingerprint = key.keyInfo?.certificates.first.flatMap { context.certificates.info(for: $0) }.map { " \($0.fingerprint.short)" } ?? ""
            context.report("Mattermost expects every assertion encrypted to its certificate\(fingerprint); an IdP that does not encrypt gets \(MattermostError.notEncrypted.id).",
                           at: key.position)
        }
    }
}
