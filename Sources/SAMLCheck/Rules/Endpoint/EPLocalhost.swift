/// EP-LOCALHOST: endpoints on hosts peers cannot reach.
struct EPLocalhost: Rule {
    static let description = RuleDescription(
        id: "EP-LOCALHOST",
        title: "Endpoints are on public hosts",
        severity: .warning,
        profiles: [.ops],
        citation: "EDUID (FQDN endpoints)",
        rationale: "An endpoint on localhost, an IP address, a private address or a host name without a domain works only on the machine or network it was configured on: test configuration that leaked into published metadata.",
        hint: "Publish the endpoint under the service's public host name.",
        serviceProviderHints: [.mattermost: "Mattermost builds its ACS from System Console > Environment > Web Server > Site URL (ServiceSettings.SiteURL): set it to the public address users reach, then System Console > Authentication > SAML 2.0 > Service Provider Login URL (SamlSettings.AssertionConsumerServiceURL) to match."],
        supersedes: [EPHTTPS.self],
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://192.168.1.20/saml/acs" index="1"/>"#)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints {
            for uri in [endpoint.locationURI, endpoint.responseLocationURI].compactMap({ $0 }) {
                guard let host = uri.host, !host.isEmpty else { continue }
                let problem: String
                switch HostClassification.classify(host) {
                case .localhost: problem = "localhost"
                case .ipLiteral(let isPrivate): problem = isPrivate ? "a private IP address" : "an IP address"
                case .singleLabel: problem = "a host name without a domain"
                case .reserved, .ordinary: continue
                }
                context.report("\(endpoint.label) points at \(problem) (\(host)).", at: endpoint.position)
                break
            }
        }
    }
}
