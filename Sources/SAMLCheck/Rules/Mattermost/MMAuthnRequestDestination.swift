/// MM-AUTHNREQ-DESTINATION: Mattermost sends its requests to the IdP's Redirect endpoint.
struct MMAuthnRequestDestination: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-AUTHNREQ-DESTINATION",
        title: "AuthnRequest goes to the IdP's HTTP-Redirect SSO endpoint",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §2.4, §4 F8, §7 D4, D7",
        rationale: "Mattermost always sends the AuthnRequest with HTTP-Redirect to the configured SAML SSO URL (IdpURL). When that URL is the IdP's HTTP-POST endpoint (OneLogin lists a different URL per binding, and Mattermost's import takes the first), or not the IdP's at all, the IdP shows its own error page.",
        hint: "Set SAML SSO URL (IdpURL) to the Location of the IdP's SingleSignOnService with Binding HTTP-Redirect.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.loginProbe = MattermostScenarios.loginRedirect(destination: MattermostScenarios.idpPOST)
            }, "The login redirect goes to the IdP's HTTP-POST SSO Location."),
            .passes(scenario: MattermostScenarios.deployment(), "The redirect goes to the IdP's HTTP-Redirect SSO Location."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard case .request(let message, .success(let request)) = deployment.login, let role = deployment.idpRole else { return }
        let services = role.endpoints(.singleSignOnService)
        guard let redirect = deployment.idpRedirectSSO?.location else {
            report.report("The IdP publishes no HTTP-Redirect SingleSignOnService, but Mattermost sends every AuthnRequest with HTTP-Redirect.",
                          at: .idpMetadata(role.position))
            return
        }
        let target = request.destination ?? message.endpoint
        guard message.endpoint != redirect || target != redirect else { return }
        if let other = services.first(where: { $0.location == message.endpoint && $0.knownBinding != .httpRedirect }) {
            report.report("Mattermost sends its HTTP-Redirect AuthnRequest to \(message.endpoint), the IdP's \(other.knownBinding?.shortName ?? "other") endpoint; the Redirect endpoint is \(redirect).")
        } else if message.endpoint != redirect {
            report.report("Mattermost sends its AuthnRequest to \(message.endpoint), which is not the IdP's HTTP-Redirect SSO endpoint \(redirect).")
        } else {
            report.report("The AuthnRequest's Destination \(target) differs from the URL it is sent to (\(redirect)); the IdP will reject it.")
        }
    }
}
