/// EP-BINDING-SLO: SingleLogoutService bindings are ones the logout profile defines.
struct EPBindingSLO: Rule {
    static let description = RuleDescription(
        id: "EP-BINDING-SLO",
        title: "SingleLogoutService binding is defined for logout",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.4; UKF check_bindings.xsl",
        rationale: "Single Logout runs over HTTP-Redirect, HTTP-POST, POST-SimpleSign, Artifact or SOAP; a peer cannot send logout messages to an endpoint with any other binding.",
        hint: "Use HTTP-Redirect (and/or HTTP-POST) for SingleLogoutService.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            ↓<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Location="https://sp.example.org/slo"/>
            \(ExampleMetadata.postACS)
            """)),
            .passes(ExampleMetadata.sp("""
            <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/slo"/>
            \(ExampleMetadata.postACS)
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.kind == .singleLogoutService {
            if let binding = BindingMatrix.disallowedBinding(of: endpoint) {
                context.report("SingleLogoutService uses \(binding.shortName), which the logout profile does not define; allowed: \(BindingMatrix.describeAllowed(for: .singleLogoutService)).",
                               at: endpoint.position)
            }
        }
    }
}
