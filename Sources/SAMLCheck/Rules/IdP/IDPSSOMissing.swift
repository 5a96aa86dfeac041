/// IDP-SSO-MISSING: an IdP role offers at least one SingleSignOnService.
struct IDPSSOMissing: Rule {
    static let description = RuleDescription(
        id: "IDP-SSO-MISSING",
        title: "IdP has a SingleSignOnService",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.3",
        rationale: "IDPSSODescriptor requires one or more SingleSignOnService elements: it is where SPs send users to log in. Without one, no SP can start SSO with this IdP.",
        hint: "Add <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://…/SSO\"/>.",
        examples: [
            .triggers(ExampleMetadata.idp(#"<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>"#,
                                          roleAttributes: "↓")),
            .passes(ExampleMetadata.idp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders where role.endpoints(.singleSignOnService).isEmpty {
            context.report("The IDPSSODescriptor has no SingleSignOnService; SPs have nowhere to send users to log in.", at: role.position)
        }
    }
}
