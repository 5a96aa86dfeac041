/// MM-SAML-UNAVAILABLE: the server cannot do SAML at all (edition or licence).
struct MMSAMLUnavailable: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-SAML-UNAVAILABLE",
        title: "Mattermost can do SAML (edition and licence)",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.2, §4 F16, §7 D1–D2",
        rationale: "SAML is an Enterprise feature: Team Edition has no SAML implementation, and an Enterprise build without a licence that includes SAML refuses it. /api/v4/saml/metadata then answers 501 and nothing else about SAML matters yet.",
        hint: "Run the Enterprise Edition build and install a licence with the SAML feature (System Console › About › Edition and License).",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.clientConfig = MattermostScenarios.json(#"{"SiteURL":"https://chat.northwind.edu","EnableSaml":"false","BuildEnterpriseReady":"false","Version":"10.5.1"}"#)
                $0.spMetadata = MattermostScenarios.appError(status: 501, id: MattermostError.notAvailable.id, message: MattermostError.notAvailable.message)
            }, "A Team Edition server: the client config says BuildEnterpriseReady=false and /api/v4/saml/metadata answers 501 api.admin.saml.not_available.app_error."),
            .triggers(scenario: MattermostScenarios.deployment {
                $0.clientLicense = MattermostScenarios.json(#"{"IsLicensed":"true","SAML":"false"}"#)
            }, "An Enterprise server whose licence lacks the SAML feature."),
            .passes(scenario: MattermostScenarios.deployment(), "A licensed Enterprise server that serves its SP metadata."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        let enterprise = deployment.clientConfig?["BuildEnterpriseReady"]?.stringValue
        let licensed = deployment.license?["IsLicensed"]?.stringValue
        let samlFeature = deployment.license?["SAML"]?.stringValue
        var notAvailable = false
        if case .appError(_, let id, _, _) = deployment.spMetadata, id == MattermostError.notAvailable.id { notAvailable = true }
        if enterprise == "false" {
            report.report("This is a Team Edition build (BuildEnterpriseReady=false): it has no SAML implementation.", predicts: .notAvailable)
        } else if licensed == "false" {
            report.report("The server has no Enterprise licence, so SAML is refused.", predicts: .licenseDisabled)
        } else if samlFeature == "false" {
            report.report("The installed licence does not include the SAML feature.", predicts: .licenseDisabled)
        } else if notAvailable {
            report.report("/api/v4/saml/metadata answers that SAML is not available on this server (no Enterprise SAML implementation loaded).",
                          predicts: .notAvailable)
        }
    }
}
