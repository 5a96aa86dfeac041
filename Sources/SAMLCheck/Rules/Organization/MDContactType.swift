/// MD-CONTACT-TYPE: contactType is present and one of the five defined values.
struct MDContactType: Rule {
    static let types: Set<String> = ["technical", "support", "administrative", "billing", "other"]

    static let description = RuleDescription(
        id: "MD-CONTACT-TYPE",
        title: "ContactPerson has a valid contactType",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3.2.2",
        rationale: "contactType is required and enumerated (technical, support, administrative, billing, other); federations route incident and support mail by it.",
        hint: "Set contactType to technical, support, administrative, billing or other (security contacts: other plus remd:contactType).",
        examples: [
            .triggers(OrganizationExamples.sp("""
            ↓<md:ContactPerson contactType="security">
              <md:EmailAddress>mailto:security@northwind.edu</md:EmailAddress>
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
            guard let type = contact.contactType else {
                context.report("The ContactPerson has no contactType.", at: contact.position)
                continue
            }
            if !Self.types.contains(type) {
                context.report("contactType \"\(type)\" is not one of technical, support, administrative, billing, other.", at: contact.position)
            }
        }
    }
}
