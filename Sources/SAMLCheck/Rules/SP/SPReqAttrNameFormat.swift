/// SP-REQATTR-NAMEFORMAT: requested attributes name themselves with the uri NameFormat.
struct SPReqAttrNameFormat: Rule {
    static let uri = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"

    static let description = RuleDescription(
        id: "SP-REQATTR-NAMEFORMAT",
        title: "RequestedAttribute uses the uri NameFormat",
        severity: .warning,
        profiles: [.core, .saml2int],
        citation: "ERR E89; UKF check_reqattr.xsl; S2I SDP-IDP18",
        rationale: "An attribute is identified by Name and NameFormat together; without NameFormat it is \"unspecified\", and IdPs that release by uri names (urn:oid:…) do not match it, so the SP does not get the attribute.",
        hint: "Use the urn:oid name with NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\".",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1">
              <md:ServiceName xml:lang="en">Wiki</md:ServiceName>
              ↓<md:RequestedAttribute Name="mail" isRequired="true"/>
            </md:AttributeConsumingService>
            """)),
            .passes(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1">
              <md:ServiceName xml:lang="en">Wiki</md:ServiceName>
              <md:RequestedAttribute FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>
            </md:AttributeConsumingService>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders {
            for service in role.attributeConsumingServices {
                for attribute in service.requestedAttributes {
                    let name = attribute.name ?? "(no Name)"
                    switch attribute.nameFormat?.trimmingWhitespace() {
                    case Self.uri?: continue
                    case nil:
                        context.report("RequestedAttribute \(name) has no NameFormat, so it is unspecified and will not match uri-named attributes.",
                                       at: attribute.position)
                    case let format?:
                        context.report("RequestedAttribute \(name) uses NameFormat \(format) instead of uri.", at: attribute.position)
                    }
                }
            }
        }
    }
}
