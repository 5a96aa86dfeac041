/// DISCO-BINDING: DiscoveryResponse names the discovery protocol as its binding.
struct DISCOBinding: Rule {
    static let description = RuleDescription(
        id: "DISCO-BINDING",
        title: "DiscoveryResponse uses the discovery binding",
        severity: .error,
        profiles: [.coreExt],
        citation: "DISCO §2.5; UKF check_idpdisc.xsl",
        rationale: "The Binding of idpdisc:DiscoveryResponse MUST be urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol; discovery services refuse to return users to any other.",
        hint: "Set Binding=\"urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol\".",
        examples: [
            .triggers(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse(binding: ExampleMetadata.post, marked: true))),
            .passes(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse())),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for endpoint in role.endpoints(.discoveryResponse) where endpoint.binding?.trimmingWhitespace() != DiscoveryExamples.discoveryBinding {
                let written = endpoint.binding.map { "Binding \($0)" } ?? "no Binding"
                context.report("The DiscoveryResponse has \(written) instead of the discovery protocol binding.", at: endpoint.position)
            }
        }
    }
}
