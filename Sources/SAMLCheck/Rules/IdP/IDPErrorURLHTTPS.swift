/// IDP-ERRORURL-HTTPS: an IdP's errorURL is an https URL.
struct IDPErrorURLHTTPS: Rule {
    static let description = RuleDescription(
        id: "IDP-ERRORURL-HTTPS",
        title: "The IdP's errorURL is https",
        severity: .warning,
        profiles: [.saml2int],
        citation: "S2I SDP-MD12",
        rationale: "saml2int requires the errorURL to be an https URL resolving to an HTML page: users are sent there in the middle of a failed login, and a plain http or non-web URL either leaks the error context or leads nowhere.",
        hint: "Use an https URL of a help page for errorURL.",
        examples: [
            .triggers(ExampleMetadata.idp(roleAttributes: #"↓errorURL="http://idp.example.org/help""#), profiles: [.saml2int]),
            .passes(ExampleMetadata.idp(roleAttributes: #"errorURL="https://idp.example.org/help""#), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders {
            guard let url = role.errorURL?.trimmingWhitespace(), !url.isEmpty, URIText(url).scheme?.lowercased() != "https" else { continue }
            context.report("errorURL \(url) is not an https URL.", at: role.position)
        }
    }
}
