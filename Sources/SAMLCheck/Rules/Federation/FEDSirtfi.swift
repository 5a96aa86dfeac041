/// FED-SIRTFI: an entity asserting Sirtfi publishes a REFEDS security contact.
struct FEDSirtfi: Rule {
    static let description = RuleDescription(
        id: "FED-SIRTFI",
        title: "Sirtfi comes with a security contact",
        severity: .error,
        profiles: [.refeds, .edugain],
        citation: "SIRTFI (steps 2–3); EDUG-V warnings 3/4; UKF check_sirtfi.xsl",
        rationale: "Sirtfi compliance is asserted with the assurance-certification attribute and made usable by a REFEDS security contact: an incident responder who finds the assertion but no contact has nobody to call, and federations reject the combination.",
        hint: "Add <md:ContactPerson contactType=\"other\" remd:contactType=\"http://refeds.org/metadata/contactType/security\"> (xmlns:remd=\"http://refeds.org/metadata\") with GivenName and EmailAddress, or stop asserting Sirtfi.",
        examples: [
            .triggers(SecurityContacts.sp(certifications: ["↓" + SecurityContacts.sirtfi]), profiles: [.refeds]),
            .passes(SecurityContacts.sp(certifications: [SecurityContacts.sirtfi], contacts: SecurityContacts.contact()), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let assertion = SecurityContacts.certifications(of: entity).first(where: { $0.text.trimmingWhitespace() == SecurityContacts.sirtfi }),
              !entity.allContacts.contains(where: SecurityContacts.isREFEDSSecurityContact) else { return }
        context.report("The entity asserts Sirtfi but publishes no REFEDS security contact (contactType \"other\" with remd:contactType \"\(SecurityContacts.securityType)\").",
                       at: assertion.position)
    }
}
