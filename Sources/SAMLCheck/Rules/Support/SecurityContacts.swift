/// REFEDS security contacts and Sirtfi (REFEDS Security Contact Metadata Extension, Sirtfi
/// v1/v2): the exact forms consumers match and how an entity asserts Sirtfi (example pieces:
/// Examples/SecurityContactExamples.swift).
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
}
