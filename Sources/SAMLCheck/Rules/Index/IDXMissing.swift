/// IDX-MISSING: indexed endpoints carry an index.
struct IDXMissing: Rule {
    static let description = RuleDescription(
        id: "IDX-MISSING",
        title: "Indexed endpoints have an index",
        severity: .error,
        profiles: [.core],
        citation: "META §2.2.3; UKF check_idpdisc.xsl",
        rationale: "AssertionConsumerService, ArtifactResolutionService and DiscoveryResponse are indexed endpoints: index is required, and requests refer to endpoints by it.",
        hint: "Add index=\"N\" with a number unique among the role's endpoints of that kind.",
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/Shibboleth.sso/SAML2/POST"/>"#)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.kind.isIndexed {
            if endpoint.index == nil {
                context.report("\(endpoint.kind.rawValue) has no index.", at: endpoint.position)
            } else if endpoint.index?.value == nil {
                context.report("\(endpoint.kind.rawValue) index '\(endpoint.index!.lexical)' is not a number from 0 to 65535.", at: endpoint.position)
            }
        }
    }
}
