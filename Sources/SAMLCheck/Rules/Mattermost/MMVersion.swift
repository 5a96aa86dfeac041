/// MM-VERSION: which Mattermost version answers, and what that changes for SAML.
struct MMVersion: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-VERSION",
        title: "Mattermost version and its SAML defaults",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §1.2 (X-Version-Id), §2.4, §3, §7 D1",
        rationale: "SAML behaviour depends on the version: request signing defaulted to SHA-1 before v11, AES-192/256-GCM and the LDAP-membership login check arrived in v10.9, the metadata-import certificate fix in v11.9.",
        hint: "Read the notes for your version; upgrade where a note describes a problem you have.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment(), "A server answering with X-Version-Id: 10.5.1.…"),
            .passes(scenario: MattermostScenarios.deployment {
                $0.clientConfig = HTTPExchange(status: 200, contentType: "application/json", body: #"{"SiteURL":"https://chat.northwind.edu","EnableSaml":"true"}"#)
            }, "No version header and no Version field: nothing to say."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard let version = deployment.version else { return }
        var notes: [String] = []
        if !deployment.isAtLeast(11, 0) { notes.append("signed AuthnRequests default to RSA-SHA1 (v11 made SHA-256 the default)") }
        if !deployment.isAtLeast(10, 9) { notes.append("only AES-128-GCM of the GCM ciphers is supported (192/256 came in v10.9)") }
        // Only when LDAP sync is known to be on (MM-LDAP-SYNC says what it does to logins).
        if deployment.isAtLeast(10, 9), deployment.samlSetting("EnableSyncWithLdap") == true {
            notes.append("with EnableSyncWithLdap, SAML users missing from LDAP cannot log in")
        }
        if !deployment.isAtLeast(11, 9) { notes.append("'Get SAML Metadata from IdP' may not install the IdP certificate (fixed in v11.9)") }
        let caveats = notes.isEmpty ? "no version-specific SAML caveats apply" : notes.joined(separator: "; ")
        report.report("Mattermost \(version.major).\(version.minor).\(version.patch): \(caveats).")
    }
}
