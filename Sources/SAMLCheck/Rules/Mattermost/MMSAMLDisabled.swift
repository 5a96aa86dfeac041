/// MM-SAML-DISABLED: SAML is possible but switched off.
struct MMSAMLDisabled: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-SAML-DISABLED",
        title: "SAML login is enabled",
        severity: .warning,
        profiles: [.mattermost],
        citation: "mattermost.md §1.5, §3, §7 D1",
        rationale: "With SamlSettings.Enable=false the login page shows no SAML button and /login/sso/saml refuses to start a login, even when everything else is configured.",
        hint: "Enable it in System Console › Authentication › SAML 2.0 › Enable Login With SAML 2.0, once the checks below pass.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.clientConfig = MattermostScenarios.json(#"{"SiteURL":"https://chat.northwind.edu","EnableSaml":"false","BuildEnterpriseReady":"true","Version":"10.5.1"}"#)
            }, "A licensed server whose client config says EnableSaml=false."),
            .passes(scenario: MattermostScenarios.deployment(), "EnableSaml=true."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard deployment.clientConfig?["BuildEnterpriseReady"]?.stringValue != "false",
              deployment.license?["SAML"]?.stringValue != "false", deployment.license?["IsLicensed"]?.stringValue != "false" else { return }
        let clientSays = deployment.clientConfig?["EnableSaml"]?.stringValue == "false"
        let adminSays = deployment.samlSetting("Enable") == false
        if clientSays || adminSays {
            report.report("SAML login is switched off (SamlSettings.Enable=false): users see no SAML button.", predicts: .serviceDisabled)
        }
    }
}
