/// IDP-SCOPE-MISSING: an IdP says which scopes its scoped attributes may carry.
struct IDPScopeMissing: Rule {
    static let description = RuleDescription(
        id: "IDP-SCOPE-MISSING",
        title: "IdPs declare shibmd:Scope",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int, .refeds],
        citation: "S2I SDP-IDP14, SDP-IDP33; UKF check_imported.xsl",
        rationale: "SPs accept a scoped value (eduPersonPrincipalName, subject-id, pairwise-id: user@scope) only when its scope is one the IdP's metadata declares. An IdP without shibmd:Scope has every scoped attribute it sends dropped, and saml2int requires scopes for its subject identifiers.",
        hint: "Add <shibmd:Scope regexp=\"false\">your-domain.edu</shibmd:Scope> to the IDPSSODescriptor's md:Extensions (xmlns:shibmd=\"urn:mace:shibboleth:metadata:1.0\").",
        examples: [
            .triggers(ExampleMetadata.idp(roleAttributes: "↓"), profiles: [.saml2int]),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>"#), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard !entity.identityProviders.isEmpty else { return }
        // Scopes count where SPs read them: on the entity and on its IdP and AA roles.
        let declared = entity.scopeElements.contains { site, scope in
            [.entity, .role(.identityProvider), .role(.attributeAuthority)].contains(site) && !scope.text.isBlank
        }
        guard !declared else { return }
        for role in entity.identityProviders {
            context.report("The IdP declares no shibmd:Scope, so SPs drop the scoped attributes it sends.", at: role.position)
        }
    }
}
