/// ATTR-ASSERTION-IN-ENTITIES: an EntitiesDescriptor's EntityAttributes hold attributes only.
struct ATTRAssertionInEntities: Rule {
    static let description = RuleDescription(
        id: "ATTR-ASSERTION-IN-ENTITIES",
        title: "No assertions in a group's EntityAttributes",
        severity: .error,
        profiles: [.coreExt],
        citation: "ATTR §2.3; UKF check_mdattr.xsl",
        rationale: "On an EntitiesDescriptor only saml:Attribute is allowed inside EntityAttributes: an assertion's subject is one entity, which a group is not.",
        hint: "Put the assertion in the EntityAttributes of the entity it is about, or use plain saml:Attribute elements.",
        examples: [
            .triggers(MDRPI.aggregate(extensions: """
            <mdattr:EntityAttributes \(MDAttr.namespaces)>
              ↓<saml:Assertion ID="_a1" IssueInstant="2026-05-01T00:00:00Z" Version="2.0"><saml:Issuer>https://www.northwind-federation.org</saml:Issuer></saml:Assertion>
            </mdattr:EntityAttributes>
            """, members: [MDRPI.member()])),
            .passes(MDRPI.aggregate(extensions: MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"]),
                                    members: [MDRPI.member()])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for attributes in group.extensions?.elements(XMLNamespace.mdattr, "EntityAttributes") ?? [] {
                for assertion in attributes.children(XMLNamespace.assertion, "Assertion") {
                    context.report("saml:Assertion inside an EntitiesDescriptor's EntityAttributes.", at: assertion.position)
                }
            }
        }
    }
}
