/// FED-SECURITY-CONTACT-MISSING: an entity publishes a security contact.
struct FEDSecurityContactMissing: Rule {
    static let description = RuleDescription(
        id: "FED-SECURITY-CONTACT-MISSING",
        title: "The entity has a security contact",
        severity: .info,
        escalations: [.incommon: .warning],
        profiles: [.incommon, .refeds],
        citation: "BE",
        rationale: "Baseline Expectations require technical, administrative and security contacts; without a security contact an incident involving this entity reaches nobody who can act on it.",
        hint: "Publish a REFEDS security contact: <md:ContactPerson contactType=\"other\" remd:contactType=\"http://refeds.org/metadata/contactType/security\"> with GivenName and EmailAddress.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), marked: true), profiles: [.refeds]),
            .passes(SecurityContacts.sp(certifications: [], contacts: SecurityContacts.contact()), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let contacts = entity.allContacts
        guard !contacts.contains(where: SecurityContacts.isREFEDSSecurityContact),
              !contacts.contains(where: SecurityContacts.looksLikeSecurityContact) else { return }
        context.report("The entity publishes no security contact.", at: entity.position)
    }
}
