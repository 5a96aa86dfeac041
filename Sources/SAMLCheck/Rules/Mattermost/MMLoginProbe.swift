/// MM-LOGIN-PROBE: /login/sso/saml redirects to the IdP with an AuthnRequest.
struct MMLoginProbe: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-LOGIN-PROBE",
        title: "/login/sso/saml starts a login",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.4, §2.4, §7 D4",
        rationale: "The SAML button sends the browser to /login/sso/saml, which must answer 302 to the IdP with a SAMLRequest. A redirect to Mattermost's error page means SAML is unavailable or building the request fails (a missing IdP certificate or SP key).",
        hint: "Check the server log for ent.saml.build_request.app_error and upload the missing IdP certificate or SP key.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.loginProbe = HTTPExchange(status: 302, headers: [("Location", "https://chat.northwind.edu/error?type=oauth_invalid_param&message=SAML+2.0+is+not+configured")])
            }, "/login/sso/saml redirects to Mattermost's own error page."),
            .passes(scenario: MattermostScenarios.deployment(), "302 to the IdP with a SAMLRequest."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        switch deployment.login {
        case .errorRedirect(let location):
            report.report("/login/sso/saml redirects to \(location) instead of the IdP: the login cannot start.", predicts: .buildRequest)
        case .http(let status, let snippet):
            report.report("/login/sso/saml answered HTTP \(status) instead of a redirect to the IdP\(snippet.isEmpty ? "" : ": " + snippet).")
        case .unreachable(let reason):
            report.report("/login/sso/saml could not be fetched: \(reason).")
        case .request(let message, .failure(let problem)):
            report.report("The login redirect to \(message.endpoint) carries an unreadable AuthnRequest: \(problem.message).")
        case .request(_, .success), .notProbed:
            return
        }
    }
}
