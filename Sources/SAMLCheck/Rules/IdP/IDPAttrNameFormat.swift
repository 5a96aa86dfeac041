/// IDP-ATTR-NAMEFORMAT: attributes an IdP advertises name themselves with the uri NameFormat.
struct IDPAttrNameFormat: Rule {
    static let description = RuleDescription(
        id: "IDP-ATTR-NAMEFORMAT",
        title: "Advertised IdP attributes use the uri NameFormat",
        severity: .warning,
        profiles: [.saml2int],
        citation: "S2I SDP-IDP18; UKF check_shibboleth.xsl, check_saml2int.xsl",
        rationale: "An attribute is identified by Name and NameFormat together; saml2int mandates the uri NameFormat (urn:oid names), and an SP comparing what the IdP advertises with what it requests matches neither a missing NameFormat (unspecified) nor basic names.",
        hint: "Advertise the attribute by its urn:oid name with NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\".",
        examples: [
            .triggers(ExampleMetadata.idp("""
            \(ExampleMetadata.redirectSSO)
            ↓<saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="mail"/>
            """), profiles: [.saml2int]),
            .passes(ExampleMetadata.idp("""
            \(ExampleMetadata.redirectSSO)
            <saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>
            """), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders {
            for attribute in role.attributes {
                let name = attribute.name ?? "(no Name)"
                switch attribute.nameFormat?.trimmingWhitespace() {
                case SPReqAttrNameFormat.uri?: continue
                case nil:
                    context.report("The IdP advertises the attribute \(name) without a NameFormat; saml2int asks for the uri NameFormat.", at: attribute.position)
                case let format?:
                    context.report("The IdP advertises the attribute \(name) with NameFormat \(format) instead of uri.", at: attribute.position)
                }
            }
        }
    }
}
