/// DISCO-HTTPS: users return from discovery over https.
struct DISCOHTTPS: Rule {
    static let description = RuleDescription(
        id: "DISCO-HTTPS",
        title: "DiscoveryResponse Location is https",
        severity: .warning,
        profiles: [.secBP],
        citation: "DISCO §2.5 (phishing rationale); S2I SDP-SP09 (by analogy)",
        rationale: "The discovery service sends the user's IdP choice to this address; over plain http a network attacker can read or rewrite it and steer the user to a phishing IdP.",
        hint: "Use an https Location for the DiscoveryResponse.",
        examples: [
            .triggers(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse(location: "http://sp.example.org/Shibboleth.sso/Login", marked: true))),
            .passes(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse())),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for endpoint in role.endpoints(.discoveryResponse) {
                guard let location = endpoint.location?.trimmingWhitespace(), endpoint.locationURI?.isHTTP == true else { continue }
                context.report("The DiscoveryResponse Location \(location) is plain http.", at: endpoint.position)
            }
        }
    }
}
