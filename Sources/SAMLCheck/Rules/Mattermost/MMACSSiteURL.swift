/// MM-ACS-SITEURL: the ACS Mattermost publishes is its own login URL.
struct MMACSSiteURL: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-ACS-SITEURL",
        title: "ACS equals SiteURL + /login/sso/saml",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §3.1 (nothing ties ACS to SiteURL), §4 F4, §2.5, §7 D3",
        rationale: "Mattermost compares the Response's Destination and Recipient with its configured AssertionConsumerServiceURL exactly; Mattermost only listens at SiteURL + /login/sso/saml. A different scheme (http behind a TLS proxy), host, port, path or a trailing slash breaks every login.",
        hint: "Set Service Provider Login URL (AssertionConsumerServiceURL) to exactly SiteURL + /login/sso/saml, then update the ACS/Reply URL registered at the IdP.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.spMetadata = HTTPExchange(status: 200, contentType: "application/xml",
                                             body: MattermostScenarios.spMetadata(acs: "http://chat.northwind.edu/login/sso/saml"))
            }, "SiteURL is https://chat.northwind.edu but the SP metadata's ACS is http://chat.northwind.edu/login/sso/saml."),
            .passes(scenario: MattermostScenarios.deployment(), "The ACS is https://chat.northwind.edu/login/sso/saml."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard let acs = deployment.spACS, let location = acs.location else { return }
        let expected = deployment.siteURL + "/login/sso/saml"
        guard location != expected else { return }
        let actual = URIText(location)
        let wanted = URIText(expected)
        var differences: [String] = []
        if actual.scheme != wanted.scheme { differences.append("scheme \(actual.scheme ?? "none") instead of \(wanted.scheme ?? "none")") }
        if actual.host != wanted.host { differences.append("host \(actual.host ?? "none") instead of \(wanted.host ?? "none")") }
        if actual.port != wanted.port { differences.append("port \(actual.port.map(String.init) ?? "default") instead of \(wanted.port.map(String.init) ?? "default")") }
        if differences.isEmpty { differences.append("path differs") }
        report.report("The ACS \(location) is not SiteURL + /login/sso/saml (\(expected)): \(differences.joined(separator: ", ")).",
                      at: .spMetadata(acs.position), predicts: .parse)
    }
}
