/// IDX-MULTI-DEFAULT: at most one default among like indexed endpoints.
struct IDXMultiDefault: Rule {
    static let description = RuleDescription(
        id: "IDX-MULTI-DEFAULT",
        title: "At most one default indexed endpoint",
        severity: .warning,
        profiles: [.core],
        citation: "META §2.2.3; ERR E37",
        rationale: "When several endpoints of one kind say isDefault=\"true\", the first one wins; the others' flag is ignored and the intent is ambiguous.",
        hint: "Keep isDefault=\"true\" on the one endpoint that should receive unsolicited responses.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs/1" index="1" isDefault="true"/>
            ↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs/2" index="2" isDefault="true"/>
            """)),
            .passes(ExampleMetadata.sp("""
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs/1" index="1" isDefault="true"/>
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs/2" index="2"/>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            var firstDefault: [EndpointKind: Endpoint] = [:]
            for endpoint in role.endpoints where endpoint.kind.isIndexed && endpoint.isDefault?.value == true {
                if let earlier = firstDefault[endpoint.kind] {
                    context.report("A second \(endpoint.kind.rawValue) with isDefault=\"true\"; the one at line \(earlier.position.line) wins.",
                                   at: endpoint.position)
                } else {
                    firstDefault[endpoint.kind] = endpoint
                }
            }
        }
    }
}
