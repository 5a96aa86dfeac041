/// INIT-BINDING: RequestInitiator names the request-initiation binding.
struct INITBinding: Rule {
    static let description = RuleDescription(
        id: "INIT-BINDING",
        title: "RequestInitiator uses the request-init binding",
        severity: .error,
        profiles: [.coreExt],
        citation: "INIT §2.4; UKF check_init.xsl",
        rationale: "The Binding of init:RequestInitiator MUST be urn:oasis:names:tc:SAML:profiles:SSO:request-init; portals that start logins at the SP do not recognise any other.",
        hint: "Set Binding=\"urn:oasis:names:tc:SAML:profiles:SSO:request-init\".",
        examples: [
            .triggers(DiscoveryExamples.sp(DiscoveryExamples.requestInitiator(binding: ExampleMetadata.redirect, marked: true))),
            .passes(DiscoveryExamples.sp(DiscoveryExamples.requestInitiator())),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for endpoint in role.endpoints(.requestInitiator) where endpoint.binding?.trimmingWhitespace() != DiscoveryExamples.initiatorBinding {
                let written = endpoint.binding.map { "Binding \($0)" } ?? "no Binding"
                context.report("The RequestInitiator has \(written) instead of the request-init binding.", at: endpoint.position)
            }
        }
    }
}
