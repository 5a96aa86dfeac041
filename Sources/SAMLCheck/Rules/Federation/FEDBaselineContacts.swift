/// FED-BASELINE-CONTACTS: InCommon Baseline Expectations' three contacts.
struct FEDBaselineContacts: Rule {
    static let description = RuleDescription(
        id: "FED-BASELINE-CONTACTS",
        title: "Technical, administrative and security contacts",
        severity: .warning,
        escalations: [.incommon: .warning],
        profiles: [.incommon],
        citation: "BE",
        rationale: "InCommon's Baseline Expectations require every entity to publish a technical, an administrative and a security contact, so that partners and the federation can reach the right people for an outage, an agreement or an incident.",
        hint: "Add the missing ContactPerson elements: contactType=\"technical\", contactType=\"administrative\", and a REFEDS security contact (contactType=\"other\" with remd:contactType=\"http://refeds.org/metadata/contactType/security\"), each with an EmailAddress.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + """

            <md:ContactPerson contactType="technical">
              <md:EmailAddress>mailto:wiki-ops@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """, marked: true), profiles: [.incommon]),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + """

            <md:ContactPerson contactType="technical">
              <md:EmailAddress>mailto:wiki-ops@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            <md:ContactPerson contactType="administrative">
              <md:EmailAddress>mailto:it-admin@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            \(SecurityContacts.contact())
            """), profiles: [.incommon]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let contacts = entity.allContacts
        let types = Set(contacts.compactMap { $0.contactType?.trimmingWhitespace() })
        var missing: [String] = []
        if !types.contains("technical") { missing.append("technical") }
        if !types.contains("administrative") { missing.append("administrative") }
        // A security contact in another form is FED-SECURITY-CONTACT-FORM's; it is still a contact.
        if !contacts.contains(where: { SecurityContacts.isREFEDSSecurityContact($0) || SecurityContacts.looksLikeSecurityContact($0) }) {
            missing.append("security")
        }
        guard !missing.isEmpty else { return }
        context.report("The entity has no \(missing.joined(separator: ", ")) contact, which Baseline Expectations require.", at: entity.position)
    }
}
