/// IDX-DUP: indexes are unique among like endpoints of a role.
struct IDXDup: Rule {
    static let description = RuleDescription(
        id: "IDX-DUP",
        title: "Endpoint indexes are unique",
        severity: .error,
        profiles: [.core],
        citation: "META §2.2.3; UKF check_saml2meta.xsl",
        rationale: "index assigns a unique integer to each of the like endpoints in a role; an AuthnRequest that names AssertionConsumerServiceIndex=\"1\" is ambiguous when two ACS share it, and IdPs resolve it differently.",
        hint: "Renumber the endpoints so that each index appears once per role and endpoint kind.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            ↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SAML2/Artifact" index="1"/>
            """)),
            .passes(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SAML2/Artifact" index="2"/>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            var seen: [String: Endpoint] = [:]
            for endpoint in role.endpoints where endpoint.kind.isIndexed {
                guard let value = endpoint.index?.value else { continue }
                let key = endpoint.kind.rawValue + "#\(value)"
                if let earlier = seen[key] {
                    context.report("\(endpoint.kind.rawValue) index \(value) is also used by the one at line \(earlier.position.line).",
                                   at: endpoint.position)
                } else {
                    seen[key] = endpoint
                }
            }
        }
    }
}
