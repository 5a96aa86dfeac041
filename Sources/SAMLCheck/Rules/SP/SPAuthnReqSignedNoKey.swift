/// SP-AUTHNREQSIGNED-NO-KEY: an SP that promises signed requests must publish the key.
struct SPAuthnReqSignedNoKey: Rule {
    static let description = RuleDescription(
        id: "SP-AUTHNREQSIGNED-NO-KEY",
        title: "AuthnRequestsSigned comes with a signing key",
        severity: .error,
        profiles: [.core],
        citation: "ERR E7; UKF check_saml2_sp_signedrequests.xsl",
        rationale: "With AuthnRequestsSigned=\"true\" IdPs MUST reject unsigned requests from the SP, and without a signing key in its metadata they cannot verify signed ones either: every login fails.",
        hint: "Publish the SP's signing certificate in <md:KeyDescriptor use=\"signing\">, or set AuthnRequestsSigned=\"false\" if the SP does not sign.",
        serviceProviderHints: [.mattermost: "Sign Request (SamlSettings.SignRequest) needs the Service Provider Private Key and Public Certificate uploaded in System Console > Authentication > SAML 2.0; upload them, or turn Sign Request off if the IdP does not require signed requests."],
        examples: [
            .triggers(ExampleMetadata.sp(ExampleMetadata.postACS, roleAttributes: #"↓AuthnRequestsSigned="true""#)),
            .triggers(ExampleMetadata.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption") + "\n" + ExampleMetadata.postACS,
                                         roleAttributes: #"↓AuthnRequestsSigned="1""#), note: "An encryption-only key does not count."),
            .passes(ExampleMetadata.sp(CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.postACS,
                                       roleAttributes: #"AuthnRequestsSigned="true""#)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where role.authnRequestsSigned?.value == true {
            if !role.publishesSigningKey {
                context.report("The SP says AuthnRequestsSigned=\"\(role.authnRequestsSigned?.lexical ?? "true")\" but publishes no signing key, so IdPs cannot accept its requests.",
                               at: role.position)
            }
        }
    }
}
