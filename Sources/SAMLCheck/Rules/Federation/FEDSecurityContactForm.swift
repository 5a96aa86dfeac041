/// FED-SECURITY-CONTACT-FORM: security contacts use the exact REFEDS form.
struct FEDSecurityContactForm: Rule {
    static let description = RuleDescription(
        id: "FED-SECURITY-CONTACT-FORM",
        title: "Security contacts use the REFEDS form",
        severity: .warning,
        profiles: [.refeds],
        citation: "SECCON; EDUG-V warning 3",
        rationale: "Consumers find the security contact by an exact match: contactType \"other\" and remd:contactType \"http://refeds.org/metadata/contactType/security\" in the namespace http://refeds.org/metadata. A contact in InCommon's older namespace, with a misspelt value or contactType=\"security\" is not found.",
        hint: "Write it as <md:ContactPerson contactType=\"other\" xmlns:remd=\"http://refeds.org/metadata\" remd:contactType=\"http://refeds.org/metadata/contactType/security\">.",
        examples: [
            .triggers(SecurityContacts.sp(certifications: [], contacts: """
            ↓<md:ContactPerson contactType="other" xmlns:icmd="http://id.incommon.org/metadata" icmd:contactType="http://id.incommon.org/metadata/contactType/security">
              <md:GivenName>Security Response Team</md:GivenName>
              <md:EmailAddress>mailto:security@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """), profiles: [.refeds], note: "InCommon's older namespace."),
            .passes(SecurityContacts.sp(certifications: [], contacts: SecurityContacts.contact()), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for contact in entity.allContacts where SecurityContacts.looksLikeSecurityContact(contact) {
            context.report("This looks like a security contact but is not in the REFEDS form (contactType \"other\", remd:contactType \"\(SecurityContacts.securityType)\" in \(SecurityContacts.refedsNamespace)); consumers will not find it.",
                           at: contact.position)
        }
    }
}
