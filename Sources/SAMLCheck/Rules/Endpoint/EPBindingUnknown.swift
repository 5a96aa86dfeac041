/// EP-BINDING-UNKNOWN: endpoint bindings are ones peers recognise.
struct EPBindingUnknown: Rule {
    static let description = RuleDescription(
        id: "EP-BINDING-UNKNOWN",
        title: "Endpoint binding is recognised",
        severity: .warning,
        profiles: [.ops],
        citation: "UKF check_bindings.xsl (\"unknown binding\")",
        rationale: "Peers skip endpoints whose Binding they do not recognise; a typo in the URI silently removes the endpoint.",
        hint: "Use one of the SAML 2.0 binding URIs, such as urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST.",
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Post" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>"#),
                      note: "'HTTP-Post' is not 'HTTP-POST': URIs are case-sensitive."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        // DiscoveryResponse and RequestInitiator bindings are DISCO-BINDING's and INIT-BINDING's.
        for (_, endpoint) in entity.allEndpoints where endpoint.kind != .discoveryResponse && endpoint.kind != .requestInitiator {
            guard let binding = endpoint.binding else {
                context.report("\(endpoint.label) has no Binding.", at: endpoint.position)
                continue
            }
            if SAMLBinding(rawValue: binding) != nil || SAMLBinding.legacyBindings.contains(binding) { continue }
            var message = "\(endpoint.label) Binding '\(binding)' is not a known binding."
            if let near = SAMLBinding.allCases.first(where: { $0.rawValue.lowercased() == binding.lowercased().trimmingWhitespace() }) {
                message += " Did you mean \(near.rawValue)?"
            }
            context.report(message, at: endpoint.position)
        }
    }
}
