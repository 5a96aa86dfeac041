/// MD-ENTITYID-HOST: an http(s) entityID names a real, public host.
struct MDEntityIDHost: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-HOST",
        title: "entityID names a public DNS host",
        severity: .warning,
        profiles: [.refeds, .core],
        citation: "MRPS §5.2; CORE §8.3.6; EDUID (FQDN rule)",
        rationale: "An http(s) entityID should be under a DNS domain the entity's owner controls: MRPS requires a domain and registrars check ownership. A localhost, IP address, single-label or reserved name (example.org, .test, .invalid) is test configuration that leaked into real metadata.",
        hint: "Use an entityID under your own public domain, such as https://sp.your-university.edu/shibboleth.",
        serviceProviderHints: [.mattermost: "Mattermost's SP entityID is System Console > Authentication > SAML 2.0 > Service Provider Identifier (SamlSettings.ServiceProviderIdentifier): set it to your public site URL, such as https://chat.example.com, and register the same value at the IdP."],
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             entityID: "https://localhost:8443/saml/metadata", marked: true)),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.university.edu/shibboleth")),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "urn:mace:university.edu:sp"),
                    note: "A URN has no host to check."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID else { return }
        let uri = URIText(entityID.trimmingWhitespace())
        guard uri.isHTTP || uri.isHTTPS, let host = uri.host, !host.isEmpty else { return }
        let problem: String
        switch HostClassification.classify(host) {
        case .ordinary: return
        case .localhost: problem = "is localhost"
        case .ipLiteral: problem = "is an IP address, not a DNS name"
        case .singleLabel: problem = "is not a fully qualified domain name"
        case .reserved(let name): problem = "is under the reserved name \(name)"
        }
        context.report("The entityID's host \(host) \(problem).", at: entity.position)
    }
}
