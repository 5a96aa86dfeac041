/// SP-ACS-MISSING: an SP role offers at least one AssertionConsumerService.
struct SPACSMissing: Rule {
    static let description = RuleDescription(
        id: "SP-ACS-MISSING",
        title: "SP has an AssertionConsumerService",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.4",
        rationale: "SPSSODescriptor requires one or more AssertionConsumerService elements: it is where the IdP delivers the user's assertion. Without one, the IdP refuses to answer (or has nowhere to answer).",
        hint: "Add <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://…\" index=\"1\"/>.",
        examples: [
            .triggers(ExampleMetadata.sp(#"<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>"#,
                                         roleAttributes: "↓")),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where role.endpoints(.assertionConsumerService).isEmpty {
            context.report("The SPSSODescriptor has no AssertionConsumerService; IdPs have nowhere to deliver assertions.", at: role.position)
        }
    }
}
