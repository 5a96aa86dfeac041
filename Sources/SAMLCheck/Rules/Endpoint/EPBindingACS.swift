/// EP-BINDING-ACS: responses are never delivered by HTTP-Redirect (or SOAP/URI).
struct EPBindingACS: Rule {
    static let description = RuleDescription(
        id: "EP-BINDING-ACS",
        title: "AssertionConsumerService binding can carry a Response",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.2 step 5; UKF check_bindings.xsl (allowed set)",
        rationale: "Web Browser SSO says the HTTP-Redirect binding MUST NOT be used for the Response (a signed assertion does not fit in a URL), and SOAP or URI are not browser bindings. An IdP cannot deliver to such an ACS.",
        hint: "Use HTTP-POST (or HTTP-Artifact) for AssertionConsumerService.",
        supersedes: [IDXDefaultEffective.self],
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/acs" index="1"/>"#)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.kind == .assertionConsumerService {
            if let binding = BindingMatrix.disallowedBinding(of: endpoint) {
                context.report("\(endpoint.label) uses \(binding.shortName), which cannot carry a SAML Response; allowed: \(BindingMatrix.describeAllowed(for: endpoint.kind)).",
                               at: endpoint.position)
            }
        }
    }
}
