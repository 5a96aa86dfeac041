/// EP-SSO-DUP-BINDING: one SingleSignOnService per binding.
struct EPSSODupBinding: Rule {
    static let description = RuleDescription(
        id: "EP-SSO-DUP-BINDING",
        title: "One SingleSignOnService per binding",
        severity: .warning,
        profiles: [.ops],
        citation: "UKF check_saml2.xsl",
        rationale: "SingleSignOnService is not indexed, so when two share a binding SPs pick one arbitrarily (usually the first); requests may go to a stale endpoint.",
        hint: "Keep one SingleSignOnService per binding.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            \(ExampleMetadata.redirectSSO)
            ↓<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/old/SSO"/>
            """)),
            .passes(ExampleMetadata.idp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            var seen: [String: Endpoint] = [:]
            for endpoint in role.endpoints(.singleSignOnService) {
                guard let binding = endpoint.binding else { continue }
                if let earlier = seen[binding] {
                    context.report("A second SingleSignOnService with \(SAMLBinding.describe(binding)) (the first is at line \(earlier.position.line)); SPs will pick one arbitrarily.",
                                   at: endpoint.position)
                } else {
                    seen[binding] = endpoint
                }
            }
        }
    }
}
