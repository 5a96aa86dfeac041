/// The two small schemas samlcheck writes itself. The entry schema declares nothing and imports
/// each namespace it validates from the installed files; the WS-Federation stub lets ADFS and
/// Entra metadata (RoleDescriptor xsi:type="fed:…") validate: the SAML part of those roles is
/// checked, their WS-Federation children are skipped (lax), and MD-UNKNOWN-NAMESPACE says so.
enum EntrySchema {
    static let wsFederationStubURL = "samlcheck:wsfed-stub.xsd"

    /// The W3C URLs the OASIS schemas import, and the local file that stands for each.
    static let w3cLocations: [String: String] = [
        "http://www.w3.org/2001/xml.xsd": "xml.xsd",
        "http://www.w3.org/TR/2002/REC-xmldsig-core-20020212/xmldsig-core-schema.xsd": "xmldsig-core-schema.xsd",
        "http://www.w3.org/TR/xmldsig-core/xmldsig-core-schema.xsd": "xmldsig-core-schema.xsd",
        "http://www.w3.org/TR/2002/REC-xmlenc-core-20021210/xenc-schema.xsd": "xenc-schema.xsd",
        "http://www.w3.org/TR/xmlenc-core/xenc-schema.xsd": "xenc-schema.xsd",
        "http://www.w3.org/TR/2008/REC-xmldsig-core-20080610/xmldsig-core-schema.xsd": "xmldsig-core-schema.xsd",
    ]

    /// Namespaces and the file that defines each, in import order (libxml2 keeps the first import
    /// of a namespace).
    static let imports: [(namespace: String, file: String)] = [
        (XMLNamespace.xml, "xml.xsd"),
        (XMLNamespace.xmldsig, "xmldsig-core-schema.xsd"),
        (XMLNamespace.xmlenc, "xenc-schema.xsd"),
        (XMLNamespace.xmldsig11, "xmldsig11-schema.xsd"),
        (XMLNamespace.xmlenc11, "xenc11-schema.xsd"),
        (XMLNamespace.assertion, "saml-schema-assertion-2.0.xsd"),
        (XMLNamespace.metadata, "saml-schema-metadata-2.0.xsd"),
        (XMLNamespace.mdui, "sstc-saml-metadata-ui-v1.0.xsd"),
        (XMLNamespace.mdrpi, "saml-metadata-rpi-v1.0.xsd"),
        (XMLNamespace.mdattr, "sstc-metadata-attr.xsd"),
        (XMLNamespace.algsupport, "sstc-saml-metadata-algsupport-v1.0.xsd"),
        (XMLNamespace.idpDiscovery, "sstc-saml-idp-discovery.xsd"),
        (XMLNamespace.requestInitiation, "sstc-request-initiation.xsd"),
        (XMLNamespace.shibmd, "shibboleth-metadata-1.0.xsd"),
    ]

    /// Namespaces whose content the schema set validates.
    static var validatedNamespaces: Set<String> { Set(imports.map(\.namespace)) }

    static func entry(paths: [String: String]) -> String {
        var text = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-samlcheck:entry" elementFormDefault="qualified">

        """
        for entry in imports {
            text += "  <xs:import namespace=\"\(entry.namespace)\" schemaLocation=\"file://\(paths[entry.file] ?? entry.file)\"/>\n"
        }
        text += "  <xs:import namespace=\"\(XMLNamespace.wsFederation)\" schemaLocation=\"\(wsFederationStubURL)\"/>\n"
        text += "</xs:schema>\n"
        return text
    }

    static func wsFederationStub(metadataPath: String) -> String {
        var text = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:md="\(XMLNamespace.metadata)"
                   targetNamespace="\(XMLNamespace.wsFederation)" elementFormDefault="qualified">
          <xs:import namespace="\(XMLNamespace.metadata)" schemaLocation="file://\(metadataPath)"/>

        """
        for type in ["SecurityTokenServiceType", "ApplicationServiceType", "AttributeServiceType", "PseudonymServiceType", "WebServiceDescriptorType"] {
            text += """
              <xs:complexType name="\(type)">
                <xs:complexContent>
                  <xs:extension base="md:RoleDescriptorType">
                    <xs:sequence>
                      <xs:any namespace="##targetNamespace" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
                    </xs:sequence>
                    <xs:anyAttribute namespace="##any" processContents="lax"/>
                  </xs:extension>
                </xs:complexContent>
              </xs:complexType>

            """
        }
        text += "</xs:schema>\n"
        return text
    }
}
