/// EP-BINDING-SSO: SingleSignOnService bindings are ones a profile defines.
struct EPBindingSSO: Rule {
    static let description = RuleDescription(
        id: "EP-BINDING-SSO",
        title: "SingleSignOnService binding is defined for SSO",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.2 step 3, §4.2; UKF check_bindings.xsl",
        rationale: "AuthnRequests reach an IdP by HTTP-Redirect, HTTP-POST, POST-SimpleSign, Artifact, SOAP (ECP) or Holder-of-Key; no profile defines SSO over PAOS or URI, so SPs skip such an endpoint.",
        hint: "Publish SingleSignOnService with HTTP-Redirect and/or HTTP-POST.",
        examples: [
            .triggers(ExampleMetadata.idp(#"↓<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Location="https://idp.example.org/sso"/>"#)),
            .passes(ExampleMetadata.idp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.kind == .singleSignOnService {
            if let binding = BindingMatrix.disallowedBinding(of: endpoint) {
                context.report("SingleSignOnService uses \(binding.shortName), which no SSO profile defines; allowed: \(BindingMatrix.describeAllowed(for: .singleSignOnService)).",
                               at: endpoint.position)
            }
        }
    }
}
