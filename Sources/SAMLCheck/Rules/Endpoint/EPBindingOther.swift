/// EP-BINDING-OTHER: the remaining service endpoints use the bindings their profiles allow.
struct EPBindingOther: Rule {
    static let description = RuleDescription(
        id: "EP-BINDING-OTHER",
        title: "Query and management endpoints use their profile's binding",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.3, §2.4.7; UKF check_bindings.xsl",
        rationale: "ManageNameIDService, NameIDMappingService, AssertionIDRequestService, AttributeService and the query services are defined for particular bindings (NameIDMapping and attribute queries are SOAP only, AssertionIDRequest SOAP or URI); with any other binding the endpoint is unusable.",
        hint: "Use the binding the profile defines (SOAP for attribute and mapping queries).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("AttributeAuthorityDescriptor", """
            ↓<md:AttributeService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.org/aa"/>
            """), entityID: "https://idp.example.org/idp/shibboleth")),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("AttributeAuthorityDescriptor", """
            <md:AttributeService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/aa"/>
            """), entityID: "https://idp.example.org/idp/shibboleth")),
        ])

    private static let kinds: Set<EndpointKind> = [
        .manageNameIDService, .nameIDMappingService, .assertionIDRequestService, .attributeService, .authnQueryService, .authzService,
    ]

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where Self.kinds.contains(endpoint.kind) {
            if let binding = BindingMatrix.disallowedBinding(of: endpoint) {
                context.report("\(endpoint.kind.rawValue) uses \(binding.shortName); allowed: \(BindingMatrix.describeAllowed(for: endpoint.kind)).",
                               at: endpoint.position)
            }
        }
    }
}
