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
            .passes(CertificateExamples.idp("""
                <md:KeyDescriptor use="signing">
                  <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:KeyName>idp.example.org</ds:KeyName></ds:KeyInfo>
                </md:KeyDescriptor>
            """), note: "A signing key named by KeyName only (legacy PKIX): KEY-NO-REPRESENTATION reports that, not this rule."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders {
            // A signing KeyDescriptor whose KeyInfo only names its key (legacy PKIX with
            // shibmd:KeyAuthority) is KEY-NO-REPRESENTATION's finding: one cause, one finding.
            let hasSigningKey = role.keyDescriptors.contains(where: \.isUsableForSigning)
            if !hasSigningKey {
                context.report("The IDPSSODescriptor publishes no key usable for signing, so no SP can verify its responses.", at: role.position)
            }
        }
    }
}
