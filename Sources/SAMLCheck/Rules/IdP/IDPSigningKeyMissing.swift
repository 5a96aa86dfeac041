/// IDP-SIGNING-KEY-MISSING: an IdP publishes a key to verify its signatures with.
struct IDPSigningKeyMissing: Rule {
    static let description = RuleDescription(
        id: "IDP-SIGNING-KEY-MISSING",
        title: "IdP publishes a signing key",
        severity: .error,
        profiles: [.core, .saml2int],
        citation: "S2I SDP-MD08; PROF §4.1.3.5; UKF check_saml2int.xsl",
        rationale: "POST responses must be signed and SPs can only verify them with a key from the IdP's metadata; without a KeyDescriptor usable for signing (use=\"signing\" or no use) every SP rejects the IdP's responses.",
        hint: "Add <md:KeyDescriptor use=\"signing\"> with the IdP's signing certificate.",
        examples: [
            .triggers(ExampleMetadata.idp(ExampleMetadata.redirectSSO, roleAttributes: "↓")),
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption")),
                      note: "Only an encryption key."),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders {
            let hasSigningKey = role.keyDescriptors.contains { key in
                key.isUsableForSigning && !((key.keyInfo?.certificates.isEmpty ?? true) && (key.keyInfo?.keyValues.isEmpty ?? true))
            }
            if !hasSigningKey {
                context.report("The IDPSSODescriptor publishes no key usable for signing, so no SP can verify its responses.", at: role.position)
            }
        }
    }
}
