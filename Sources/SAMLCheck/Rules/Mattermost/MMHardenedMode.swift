/// MM-HARDENED-MODE: errors are hidden, so the diagnosis cannot tell why.
struct MMHardenedMode: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-HARDENED-MODE",
        title: "Mattermost errors are visible",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §1.2 (ExperimentalEnableHardenedMode), §7 D2",
        rationale: "In hardened mode every 5xx becomes a bare 500 \"Internal Server Error\" with an empty id, so a 501 \"SAML not available\" and a broken SP key look the same from outside: the cause can only be read in the server log.",
        hint: "Look in the server log, or run the diagnosis with an admin --token.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.spMetadata = MattermostScenarios.appError(status: 500, id: "", message: "Internal Server Error")
            }, "/api/v4/saml/metadata answers a bare 500 with an empty id."),
            .passes(scenario: MattermostScenarios.deployment(), "The metadata is served."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard case .hardened(let status) = deployment.spMetadata else { return }
        report.report("/api/v4/saml/metadata answered a bare HTTP \(status) with an empty error id: hardened mode hides whether SAML is unavailable or misconfigured; cannot tell from outside.")
    }
}
