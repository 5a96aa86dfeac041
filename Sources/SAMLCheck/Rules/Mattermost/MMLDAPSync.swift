/// MM-LDAP-SYNC: SAML users must exist in LDAP when LDAP sync is on (v10.9 and later).
struct MMLDAPSync: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-LDAP-SYNC",
        title: "LDAP sync does not lock SAML users out",
        severity: .warning,
        profiles: [.mattermost],
        citation: "mattermost.md §3 (EnableSyncWithLdap), §4 F15, §7 D7",
        rationale: "From v10.9, with EnableSyncWithLdap a SAML login fails when the user is not found in LDAP: users who exist only at the IdP are locked out after an upgrade.",
        hint: "Make sure every SAML user is in the LDAP directory, or turn off Enable Synchronizing SAML Accounts With AD/LDAP.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.adminConfig = MattermostScenarios.adminConfig(["EnableSyncWithLdap": "true"])
                $0.clientConfig = MattermostScenarios.json(#"{"SiteURL":"https://chat.northwind.edu","EnableSaml":"true","BuildEnterpriseReady":"true","Version":"10.9.0"}"#)
                $0.clientConfig?.headers = [("Content-Type", "application/json")]
            }, "Version 10.9 with EnableSyncWithLdap=true."),
            .passes(scenario: MattermostScenarios.deployment(), "EnableSyncWithLdap=false."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard deployment.samlSetting("EnableSyncWithLdap") == true, deployment.isAtLeast(10, 9) else { return }
        report.report("EnableSyncWithLdap is on: SAML users who are not in LDAP cannot log in.", predicts: .ldapUserMissing)
    }
}
