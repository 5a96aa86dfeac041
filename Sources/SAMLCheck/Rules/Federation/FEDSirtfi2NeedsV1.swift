/// FED-SIRTFI2-NEEDS-V1: Sirtfi v2 is asserted together with Sirtfi v1.
struct FEDSirtfi2NeedsV1: Rule {
    static let description = RuleDescription(
        id: "FED-SIRTFI2-NEEDS-V1",
        title: "Sirtfi v2 is asserted with Sirtfi v1",
        severity: .error,
        profiles: [.refeds],
        citation: "SIRTFI; UKF check_sirtfi2.xsl",
        rationale: "Sirtfi v2 includes v1, and relying parties that only know v1 look for its value: an entity asserting v2 must assert v1 too (the UK federation enforces both values).",
        hint: "Add the AttributeValue https://refeds.org/sirtfi next to https://refeds.org/sirtfi2.",
        examples: [
            .triggers(SecurityContacts.sp(certifications: ["↓" + SecurityContacts.sirtfi2], contacts: SecurityContacts.contact()), profiles: [.refeds]),
            .passes(SecurityContacts.sp(certifications: [SecurityContacts.sirtfi, SecurityContacts.sirtfi2], contacts: SecurityContacts.contact()),
                    profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let values = SecurityContacts.certifications(of: entity)
        guard let v2 = values.first(where: { $0.text.trimmingWhitespace() == SecurityContacts.sirtfi2 }),
              !values.contains(where: { $0.text.trimmingWhitespace() == SecurityContacts.sirtfi }) else { return }
        context.report("The entity asserts Sirtfi v2 (\(SecurityContacts.sirtfi2)) without Sirtfi v1 (\(SecurityContacts.sirtfi)).", at: v2.position)
    }
}
