/// MM-AUTHNREQ-ACS: the AuthnRequest asks for the ACS the SP metadata publishes.
struct MMAuthnRequestACS: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-AUTHNREQ-ACS",
        title: "AuthnRequest ACS matches the SP metadata",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §2.4, §4 F4, §7 D4; PROF §4.1.4.1",
        rationale: "IdPs accept an AssertionConsumerServiceURL only if it is registered for the SP, character for character; a request asking for another URL than the metadata publishes is refused, or the response goes where Mattermost does not expect it.",
        hint: "Make AssertionConsumerServiceURL, the SP metadata and the IdP's registered ACS/Reply URL the same string.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.loginProbe = MattermostScenarios.loginRedirect(acs: "https://chat.northwind.edu/login/sso/saml/")
            }, "The request asks for .../login/sso/saml/ (trailing slash); the metadata says .../login/sso/saml."),
            .passes(scenario: MattermostScenarios.deployment(), "The same URL in both."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard case .request(_, .success(let request)) = deployment.login, let published = deployment.spACS?.location,
              let asked = request.assertionConsumerServiceURL, asked != published else { return }
        report.report("The AuthnRequest asks for the ACS \(asked), but the SP metadata publishes \(published).", predicts: .parse)
    }
}
