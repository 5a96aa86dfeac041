/// FED-SIRTFI-CONTACT-FIELDS: a REFEDS security contact has GivenName and EmailAddress.
struct FEDSirtfiContactFields: Rule {
    static let description = RuleDescription(
        id: "FED-SIRTFI-CONTACT-FIELDS",
        title: "Security contacts have a name and an e-mail address",
        severity: .error,
        profiles: [.refeds],
        citation: "SECCON; UKF check_sirtfi.xsl",
        rationale: "GivenName and EmailAddress are mandatory for a REFEDS security contact: responders address a team by name and write to it; a telephone number alone does not reach anyone at 3 a.m. across time zones.",
        hint: "Give the security contact a GivenName (a team name is fine) and an EmailAddress (mailto:).",
        examples: [
            .triggers(SecurityContacts.sp(certifications: [SecurityContacts.sirtfi], contacts: SecurityContacts.contact(givenName: false, marked: true)),
                      profiles: [.refeds]),
            .passes(SecurityContacts.sp(certifications: [SecurityContacts.sirtfi], contacts: SecurityContacts.contact()), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for contact in entity.allContacts where SecurityContacts.isREFEDSSecurityContact(contact) {
            var missing: [String] = []
            if contact.givenName.map({ $0.value.isBlank }) ?? true { missing.append("GivenName") }
            if !contact.emailAddresses.contains(where: { !$0.value.isBlank }) { missing.append("EmailAddress") }
            guard !missing.isEmpty else { continue }
            context.report("The security contact has no \(missing.joined(separator: " and ")).", at: contact.position)
        }
    }
}
