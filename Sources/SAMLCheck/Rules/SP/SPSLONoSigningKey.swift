/// SP-SLO-NO-SIGNING-KEY: an SP that takes part in logout can sign its logout messages.
struct SPSLONoSigningKey: Rule {
    static let description = RuleDescription(
        id: "SP-SLO-NO-SIGNING-KEY",
        title: "An SP with logout endpoints publishes a signing key",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int],
        citation: "S2I SDP-SP28, SDP-SP33, SDP-SP39",
        rationale: "LogoutRequest and LogoutResponse messages must be signed under saml2int, and IdPs verify them with the key in the SP's metadata. An SP that advertises SingleLogoutService but publishes no signing key has every logout message it sends refused, so users stay logged in at the IdP.",
        hint: "Publish the SP's signing certificate in <md:KeyDescriptor use=\"signing\">, or remove the SingleLogoutService endpoints if the SP does not do logout.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/Shibboleth.sso/SLO/Redirect"/>
            """, roleAttributes: "↓"), profiles: [.saml2int]),
            .passes(ExampleMetadata.sp("""
            \(CertificateExamples.keyDescriptor(CertificateExamples.good))
            \(ExampleMetadata.postACS)
            <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/Shibboleth.sso/SLO/Redirect"/>
            """), profiles: [.saml2int]),
            .passes(ExampleMetadata.sp(), profiles: [.saml2int], note: "No logout endpoint, no logout messages to sign."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where role.endpoints.contains(where: { $0.kind == .singleLogoutService }) && !role.publishesSigningKey {
            context.report("The SP advertises SingleLogoutService but publishes no signing key, so IdPs cannot verify its logout messages.", at: role.position)
        }
    }
}
