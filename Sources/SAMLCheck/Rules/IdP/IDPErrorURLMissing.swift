/// IDP-ERRORURL-MISSING: an IdP says where users get help (errorURL).
struct IDPErrorURLMissing: Rule {
    static let description = RuleDescription(
        id: "IDP-ERRORURL-MISSING",
        title: "The IdP has an errorURL",
        severity: .info,
        escalations: [.saml2int: .warning, .incommon: .warning],
        profiles: [.saml2int, .incommon],
        citation: "S2I SDP-MD12, SDP-IDP33; BE",
        rationale: "When an SP cannot accept what the IdP sent (a missing attribute, a refused login) it sends the user to the IdP's errorURL, the one page where the user's own organisation can help; without it the user is left on an SP error page. saml2int requires it; Baseline Expectations recommend it.",
        hint: "Set errorURL on the IDPSSODescriptor to an https page of your help desk.",
        examples: [
            .triggers(ExampleMetadata.idp(roleAttributes: "↓"), profiles: [.saml2int]),
            .passes(ExampleMetadata.idp(roleAttributes: #"errorURL="https://idp.example.org/help""#), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders where role.errorURL?.isBlank ?? true {
            context.report("The IDPSSODescriptor has no errorURL.", at: role.position)
        }
    }
}
