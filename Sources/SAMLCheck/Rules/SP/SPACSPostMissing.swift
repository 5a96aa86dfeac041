/// SP-ACS-POST-MISSING: an SP can receive responses over HTTP-POST.
struct SPACSPostMissing: Rule {
    static let description = RuleDescription(
        id: "SP-ACS-POST-MISSING",
        title: "SPs have an HTTP-POST AssertionConsumerService",
        severity: .warning,
        escalations: [.saml2int: .error, .incommon: .error],
        profiles: [.saml2int, .refeds, .incommon],
        citation: "S2I SDP-SP08; RS §4.3.1; INC-EP; UKF check_saml2int.xsl",
        rationale: "HTTP-POST is the response binding every IdP supports; an SP whose ACS are all Artifact (or another binding) cannot log in users of IdPs that only POST, which is most of them.",
        hint: "Add an AssertionConsumerService with Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\".",
        examples: [
            .triggers(ExampleMetadata.sp(#"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SAML2/Artifact" index="1"/>"#,
                                         roleAttributes: "↓"), profiles: [.saml2int]),
            .passes(ExampleMetadata.sp(), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders {
            let acs = role.endpoints.filter { $0.kind == .assertionConsumerService }
            guard !acs.isEmpty, !acs.contains(where: { $0.binding?.trimmingWhitespace() == SAMLBinding.httpPOST.rawValue }) else { continue }
            context.report("No AssertionConsumerService of the SPSSODescriptor uses HTTP-POST.", at: role.position)
        }
    }
}
