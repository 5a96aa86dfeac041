/// MD-CONTACT-EMPTY: a ContactPerson says something, and none of its fields is blank.
struct MDContactEmpty: Rule {
    static let description = RuleDescription(
        id: "MD-CONTACT-EMPTY",
        title: "ContactPerson is not empty",
        severity: .warning,
        escalations: [.edugain: .error],
        profiles: [.core, .edugain],
        citation: "ERR E82; EDUG-V E3",
        rationale: "At least one child element SHOULD be present; an empty contact or a blank name or address gives operators nobody to reach when something breaks.",
        hint: "Fill in at least an EmailAddress (mailto:) for the contact, or remove the element.",
        examples: [
            .triggers(OrganizationExamples.sp(#"↓<md:ContactPerson contactType="technical"/>"#)),
            .triggers(OrganizationExamples.sp("""
            <md:ContactPerson contactType="technical">
              ↓<md:GivenName></md:GivenName>
              <md:EmailAddress>mailto:sso@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """), note: "A blank GivenName."),
            .passes(OrganizationExamples.sp("""
            <md:ContactPerson contactType="technical">
              <md:GivenName>SSO team</md:GivenName>
              <md:EmailAddress>mailto:sso@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for contact in entity.allContacts {
            if contact.childCount == 0 {
                context.report("The \(contact.contactType ?? "") ContactPerson is empty.", at: contact.position)
                continue
            }
            let fields: [(String, TextValue?)] = [("Company", contact.company), ("GivenName", contact.givenName), ("SurName", contact.surName)]
                + contact.emailAddresses.map { ("EmailAddress", $0) } + contact.telephoneNumbers.map { ("TelephoneNumber", $0) }
            for (name, field) in fields {
                if let field, field.value.trimmingWhitespace().isEmpty {
                    context.report("The ContactPerson's \(name) is empty.", at: field.position)
                }
            }
        }
    }
}
