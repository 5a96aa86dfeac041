/// MM-IDP-ISSUER: IdpDescriptorURL is the IdP's entityID, exactly.
struct MMIdPIssuer: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-IDP-ISSUER",
        title: "IdpDescriptorURL equals the IdP entityID",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §2.5, §3, §4 F3, §7 D7",
        rationale: "Mattermost rejects every Response whose Issuer is not exactly Identity Provider Issuer URL (IdpDescriptorURL). ADFS and Okta entityIDs use http, Entra ID's ends with a slash; setting it to the SP identifier or the ACS (as old ADFS guides say) breaks every login.",
        hint: "Copy the IdP metadata's entityID verbatim into Identity Provider Issuer URL.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.adminConfig = MattermostScenarios.adminConfig(["IdpDescriptorURL": "\"https://chat.northwind.edu\""])
            }, "IdpDescriptorURL is the SP's own identifier."),
            .passes(scenario: MattermostScenarios.deployment(), "IdpDescriptorURL is the IdP's entityID."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard let configured = deployment.samlString("IdpDescriptorURL", "IdpDescriptorUrl"),
              let entityID = deployment.idp?.entity?.entityID, configured != entityID else { return }
        var detail = ""
        if configured == deployment.samlString("ServiceProviderIdentifier") { detail = " (it is the Service Provider Identifier)" }
        else if configured == deployment.samlString("AssertionConsumerServiceURL") { detail = " (it is the ACS URL)" }
        else if configured.trimmingWhitespace() == entityID || configured + "/" == entityID || configured == entityID + "/" { detail = " (they differ only in whitespace or a trailing slash)" }
        report.report("Identity Provider Issuer URL is \(configured)\(detail), but the IdP's entityID is \(entityID); every Response will fail with \"Unrecognized Issuer value\".",
                      predicts: .parse)
    }
}
