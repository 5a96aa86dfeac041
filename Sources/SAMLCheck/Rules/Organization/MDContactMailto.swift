/// MD-CONTACT-MAILTO: contact e-mail addresses are mailto: URIs.
struct MDContactMailto: Rule {
    static let description = RuleDescription(
        id: "MD-CONTACT-MAILTO",
        title: "EmailAddress is a mailto: URI",
        severity: .warning,
        profiles: [.core, .edugain],
        citation: "META §2.3.2.2; EDUG-V E7 / warning 2",
        rationale: "EmailAddress is an anyURI and the specification expects mailto: URIs; tools that build links from it break on bare addresses, and eduGAIN plans to refuse them.",
        hint: "Write the address as mailto:name@example.edu.",
        examples: [
            .triggers(OrganizationExamples.sp("""
            <md:ContactPerson contactType="technical">
              ↓<md:EmailAddress>sso@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """)),
            .passes(OrganizationExamples.sp("""
            <md:ContactPerson contactType="technical">
              <md:EmailAddress>mailto:sso@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for contact in entity.allContacts {
            for address in contact.emailAddresses {
                let value = address.value.trimmingWhitespace()
                guard !value.isEmpty, !value.lowercased().hasPrefix("mailto:") else { continue }
                context.report("EmailAddress \(value) is not a mailto: URI.", at: address.position)
            }
        }
    }
}
