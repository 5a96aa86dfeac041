/// REFEDS security contacts and Sirtfi (REFEDS Security Contact Metadata Extension, Sirtfi
/// v1/v2): the exact forms consumers match, how an entity asserts Sirtfi, and example pieces.
enum SecurityContacts {
    static let refedsNamespace = "http://refeds.org/metadata"
    static let securityType = "http://refeds.org/metadata/contactType/security"
    static let assuranceCertification = "urn:oasis:names:tc:SAML:attribute:assurance-certification"
    static let sirtfi = "https://refeds.org/sirtfi"
    static let sirtfi2 = "https://refeds.org/sirtfi2"

    /// Whether a contact is a security contact in the exact REFEDS form: contactType "other"
    /// and remd:contactType naming the security type.
    static func isREFEDSSecurityContact(_ contact: ContactPerson) -> Bool {
        contact.contactType?.trimmingWhitespace() == "other"
            && contact.otherAttributes.contains { $0.namespace == refedsNamespace && $0.localName == "contactType" && $0.value.trimmingWhitespace() == securityType }
    }

    /// Whether a contact means to be a security contact without the exact REFEDS form: a
    /// contactType attribute in another namespace (InCommon's older one) or a value that names
    /// security some other way.
    static func looksLikeSecurityContact(_ contact: ContactPerson) -> Bool {
        guard !isREFEDSSecurityContact(contact) else { return false }
        if contact.contactType?.trimmingWhitespace().lowercased() == "security" { return true }
        return contact.otherAttributes.contains { $0.localName == "contactType" && $0.value.lowercased().contains("security") }
    }

    /// The assurance certifications an entity asserts (AttributeValue elements, for their lines).
    static func certifications(of entity: EntityDescriptor) -> [ElementValue] {
        entity.extensions?.entityAttributeValues(named: assuranceCertification) ?? []
    }

    // MARK: Examples

    /// A REFEDS security contact, marked when asked.
    static func contact(givenName: Bool = true, email: Bool = true, marked: Bool = false) -> String {
        var lines = [#"\#(marked ? "↓" : "")<md:ContactPerson contactType="other" xmlns:remd="http://refeds.org/metadata" remd:contactType="http://refeds.org/metadata/contactType/security">"#]
        if givenName { lines.append("  <md:GivenName>Security Response Team</md:GivenName>") }
        if email { lines.append("  <md:EmailAddress>mailto:security@northwind.edu</md:EmailAddress>") }
        if !givenName && !email { lines.append("  <md:TelephoneNumber>+1 555 0100</md:TelephoneNumber>") }
        lines.append("</md:ContactPerson>")
        return lines.joined(separator: "\n")
    }

    /// An SP asserting `certifications` (values; a leading `↓` marks one) with `contacts` after its role.
    static func sp(certifications: [String], contacts: String = "") -> String {
        let extensions = certifications.isEmpty ? "" : """
        <md:Extensions>
        \(ExampleMetadata.indent(MDAttr.entityAttributes(name: assuranceCertification, values: certifications), by: 2))
        </md:Extensions>

        """
        return ExampleMetadata.entity(extensions + ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS)
                                      + (contacts.isEmpty ? "" : "\n" + contacts))
    }
}
