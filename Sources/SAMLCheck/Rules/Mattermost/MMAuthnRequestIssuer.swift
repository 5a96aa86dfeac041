/// MM-AUTHNREQ-ISSUER: the AuthnRequest names the SP by its entityID.
struct MMAuthnRequestIssuer: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-AUTHNREQ-ISSUER",
        title: "AuthnRequest Issuer is the SP entityID",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §2.4 (Issuer fallback), §3 (ServiceProviderIdentifier), §7 D4",
        rationale: "The IdP looks the SP up by the request's Issuer; it must be the entityID the SP metadata publishes (ServiceProviderIdentifier). When ServiceProviderIdentifier is empty, Mattermost sends the IdP's own entityID instead, and the IdP does not know that 'SP'.",
        hint: "Set Service Provider Identifier to the entityID registered at the IdP (Audience / Relying Party identifier / Client ID).",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.loginProbe = MattermostScenarios.loginRedirect(issuer: MattermostScenarios.idpEntityID)
            }, "The AuthnRequest's Issuer is the IdP's entityID (ServiceProviderIdentifier empty)."),
            .passes(scenario: MattermostScenarios.deployment(), "The Issuer equals the SP metadata's entityID."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard case .request(_, .success(let request)) = deployment.login, let spID = deployment.sp?.entity?.entityID else { return }
        guard let issuer = request.issuer, !issuer.isEmpty else {
            report.report("The AuthnRequest has no Issuer; the IdP cannot tell which SP asks.")
            return
        }
        guard issuer != spID else { return }
        if issuer == deployment.idp?.entity?.entityID {
            report.report("The AuthnRequest's Issuer is the IdP's own entityID \(issuer), not the SP's \(spID): ServiceProviderIdentifier is empty, and Mattermost falls back to the IdP issuer.")
        } else {
            report.report("The AuthnRequest's Issuer \(issuer) differs from the SP metadata's entityID \(spID).")
        }
    }
}
