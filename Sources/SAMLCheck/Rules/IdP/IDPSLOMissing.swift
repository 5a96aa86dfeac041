/// IDP-SLO-MISSING: an IdP offers SingleLogoutService.
struct IDPSLOMissing: Rule {
    static let description = RuleDescription(
        id: "IDP-SLO-MISSING",
        title: "The IdP offers single logout",
        severity: .info,
        escalations: [.saml2int: .error],
        profiles: [.saml2int],
        citation: "S2I SDP-IDP21, SDP-IDP33",
        rationale: "saml2int requires IdPs to support single logout: without a SingleLogoutService an SP cannot end the user's IdP session, and a user who logs out of the SP is logged straight back in.",
        hint: "Publish a SingleLogoutService (HTTP-Redirect, and HTTP-POST if you can) in the IDPSSODescriptor.",
        examples: [
            .triggers(ExampleMetadata.idp(roleAttributes: "↓"), profiles: [.saml2int]),
            .passes(ExampleMetadata.idp(ExampleMetadata.redirectSSO + "\n" +
                    #"<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SLO"/>"#),
                    profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders where !role.endpoints.contains(where: { $0.kind == .singleLogoutService }) {
            context.report("The IDPSSODescriptor has no SingleLogoutService.", at: role.position)
        }
    }
}
