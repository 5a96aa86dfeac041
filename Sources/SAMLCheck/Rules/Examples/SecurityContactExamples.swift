/// Pieces of example metadata for the security contact and Sirtfi rules.
extension SecurityContacts {
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
