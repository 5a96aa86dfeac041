/// MM-IDP-SSO-PICK: the first SingleSignOnService, which Mattermost takes, is the Redirect one.
struct MMIdPSSOPick: Rule {
    static let description = RuleDescription(
        id: "MM-IDP-SSO-PICK",
        title: "Mattermost's SSO URL pick is the Redirect endpoint",
        severity: .warning,
        profiles: [.mattermost],
        citation: "mattermost.md §1.3 step 6, §4 F8, §6 (OneLogin), §7 D5",
        rationale: "'Get SAML Metadata from IdP' sets SAML SSO URL to the first SingleSignOnService whatever its binding, but Mattermost always sends HTTP-Redirect. When the first one is HTTP-POST with a different Location (OneLogin), the IdP gets a request at the wrong endpoint.",
        hint: "After importing, set SAML SSO URL to the Location of the HTTP-Redirect SingleSignOnService.",
        examples: [
            .triggers(MattermostScenarios.idpMetadata(services: [(ExampleMetadata.post, MattermostScenarios.idpPOST), (ExampleMetadata.redirect, MattermostScenarios.idpRedirect)])
                .replacingFirst("<md:SingleSignOnService", with: "↓<md:SingleSignOnService")),
            .passes(MattermostScenarios.idpMetadata(services: [(ExampleMetadata.post, MattermostScenarios.idpRedirect), (ExampleMetadata.redirect, MattermostScenarios.idpRedirect)]),
                    note: "POST first, but at the same Location (Okta, Keycloak): harmless."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let role = entity.identityProviders.first, let first = role.endpoints(.singleSignOnService).first,
              first.knownBinding != .httpRedirect else { return }
        let redirect = role.endpoints(.singleSignOnService).first { $0.knownBinding == .httpRedirect }
        guard redirect?.location != first.location else { return }
        let binding = first.knownBinding?.shortName ?? first.binding ?? "no binding"
        context.report("Mattermost's import picks the first SingleSignOnService, \(binding) at \(first.location ?? "(no Location)"), "
                       + (redirect.map { "not the HTTP-Redirect one at \($0.location ?? "")." } ?? "and there is no HTTP-Redirect one."),
                       at: first.position)
    }
}
