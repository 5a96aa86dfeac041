/// IDP-SCOPE-REGEXP: saml2int scopes are literal.
struct IDPScopeRegexp: Rule {
    static let description = RuleDescription(
        id: "IDP-SCOPE-REGEXP",
        title: "Scopes are literal, not regular expressions",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int],
        citation: "S2I SDP-IDP14, SDP-SP17",
        rationale: "saml2int forbids regular-expression scopes and lets SPs ignore them: an SP that does drops every scoped attribute the IdP sends, and one that does not trusts whatever the expression happens to match.",
        hint: "Replace the expression with one literal shibmd:Scope per domain (regexp=\"false\").",
        examples: [
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="true">^([a-z]+\.)?university\.edu$</shibmd:Scope>"#),
                      profiles: [.saml2int]),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>"#), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, scope) in entity.scopeElements {
            guard let regexp = scope.attribute("regexp"), XSBoolean(regexp).value == true else { continue }
            context.report("The scope \(scope.trimmedText) is a regular expression; saml2int SPs may ignore it.", at: scope.position)
        }
    }
}
