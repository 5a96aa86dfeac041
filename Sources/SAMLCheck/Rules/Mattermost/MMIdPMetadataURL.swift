/// MM-IDP-METADATA-URL: Mattermost can fetch the IdP metadata URL it is given.
struct MMIdPMetadataURL: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-IDP-METADATA-URL",
        title: "Mattermost can fetch the IdP metadata URL",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.3, §4 F7, §7 D6",
        rationale: "'Get SAML Metadata from IdP' fetches the URL from the Mattermost server with its untrusted-connection client: a URL without scheme gets https:// prepended, private and loopback addresses are blocked unless listed in AllowedUntrustedInternalConnections, and anything but a 200 with XML fails.",
        hint: "Use the IdP's https metadata URL; for an IdP on an internal address, add its host to ServiceSettings.AllowedUntrustedInternalConnections.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment { $0.idpMetadataAddresses = ["10.20.0.5"] },
                      "The IdP metadata host resolves to the private address 10.20.0.5, which AllowedUntrustedInternalConnections does not list."),
            .triggers(scenario: MattermostScenarios.deployment { $0.idpMetadata = HTTPExchange(failure: "cannot connect to idp.northwind.edu port 443: connection refused") },
                      "The metadata URL cannot be fetched."),
            .passes(scenario: MattermostScenarios.deployment(), "A public address answering 200 with XML."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard let source = deployment.observation.idpMetadataSource else { return }
        let isURL = source.contains("://")
        let configured = deployment.samlString("IdpMetadataURL", "IdpMetadataUrl")
        if let configured, !configured.isEmpty, !configured.contains("://") {
            report.report("IdpMetadataURL \(configured) has no scheme; Mattermost prepends https://.", severity: .info)
        }
        if let problem = deployment.idpProblem {
            report.report("The IdP metadata \(isURL || configured == source ? "at" : "in") \(source) cannot be used: \(problem).",
                          predicts: isURL || configured == source ? .getMetadataFailed : nil)
        }
        guard isURL, let host = URIText(source).host else { return }
        let allowed = (deployment.serviceSettings?["AllowedUntrustedInternalConnections"]?.stringValue ?? "")
            .split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for address in deployment.observation.idpMetadataAddresses ?? [] {
            let kind = HostClassification.classify(address.contains(":") ? "[\(address)]" : address)
            guard case .ipLiteral(true) = kind, !allowed.contains(host), !allowed.contains(address),
                  !allowed.contains(where: { Self.cidr($0, contains: address) }) else { continue }
            report.report("\(host) resolves to the internal address \(address); Mattermost refuses such connections unless AllowedUntrustedInternalConnections lists it.",
                          predicts: .invalidResponseFromIdP, severity: .warning)
            return
        }
    }

    /// Whether an IPv4 CIDR block ("10.0.0.0/8") contains an address.
    static func cidr(_ block: String, contains address: String) -> Bool {
        let parts = block.split(separator: "/")
        guard parts.count == 2, let bits = Int(parts[1]), (0...32).contains(bits),
              let network = HostClassification.ipv4(String(parts[0])), let host = HostClassification.ipv4(address) else { return false }
        let value = { (octets: [Int]) in octets.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << (32 - UInt32(bits))
        return value(network) & mask == value(host) & mask
    }
}
