/// SP-ENC-KEY-MISSING: an SP publishes a key to encrypt assertions to.
struct SPEncKeyMissing: Rule {
    static let description = RuleDescription(
        id: "SP-ENC-KEY-MISSING",
        title: "SP publishes an encryption key",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int, .ops],
        citation: "S2I SDP-MD08, SDP-IDP11; UKF check_saml2.xsl (\"SAML 2.0 SP has no encryption key\")",
        rationale: "saml2int IdPs MUST encrypt assertions, and many research-and-education IdPs withhold attributes from SPs they cannot encrypt to; without a KeyDescriptor usable for encryption the SP gets no (or fewer) attributes.",
        hint: "Add <md:KeyDescriptor use=\"encryption\"> with a certificate whose private key the SP holds.",
        serviceProviderHints: [.mattermost: "In System Console > Authentication > SAML 2.0, set Enable Encryption to true (SamlSettings.Encrypt) and upload the Service Provider Private Key and Public Certificate (PrivateKeyFile, PublicCertificateFile); Mattermost then publishes the certificate."],
        examples: [
            .triggers(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "signing")),
                      note: "Reported on the SPSSODescriptor."),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption"))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "signing"))
                        .replacingFirst("urn:oasis:names:tc:SAML:2.0:protocol", with: "urn:oasis:names:tc:SAML:1.1:protocol"),
                    note: "A SAML 1.1-only SP: SAML 1.1 has no assertion encryption."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        // SAML 1.1 has no assertion encryption: only SAML 2.0 SPs need an encryption key. A
        // KeyDescriptor whose KeyInfo only names its key is KEY-NO-REPRESENTATION's finding.
        for role in entity.serviceProviders where role.supportsSAML2 {
            let hasEncryptionKey = role.keyDescriptors.contains(where: \.isUsableForEncryption)
            if !hasEncryptionKey {
                context.report("The SPSSODescriptor publishes no key usable for encryption; IdPs cannot encrypt assertions to it.", at: role.position)
            }
        }
    }
}
