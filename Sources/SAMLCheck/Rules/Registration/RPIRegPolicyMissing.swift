/// RPI-REGPOLICY-MISSING: a RegistrationInfo links the registration policy.
struct RPIRegPolicyMissing: Rule {
    static let description = RuleDescription(
        id: "RPI-REGPOLICY-MISSING",
        title: "RegistrationInfo links its registration policy",
        severity: .info,
        escalations: [.edugain: .warning],
        profiles: [.edugain, .refeds],
        citation: "EDUG-V warning 7; MRPS §2",
        rationale: "A registration without a RegistrationPolicy is assumed to follow an undocumented historic practice: consumers cannot tell what the registrar checked before vouching for the entity.",
        hint: "Add <mdrpi:RegistrationPolicy xml:lang=\"en\">https://your-federation…/policy</mdrpi:RegistrationPolicy> inside the RegistrationInfo.",
        examples: [
            .triggers(MDRPI.sp(MDRPI.registrationInfo(marked: true)), profiles: [.edugain]),
            .passes(MDRPI.sp(MDRPI.registrationInfo(content: #"<mdrpi:RegistrationPolicy xml:lang="en">https://www.northwind-federation.org/policy</mdrpi:RegistrationPolicy>"#)),
                    profiles: [.edugain]),
        ])

    // Groups' RegistrationInfo in the document pass (no entity), entities' in theirs.
    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups { report(group.extensions, &context) }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        report(entity.extensions, &context)
    }

    private func report(_ extensions: Extensions?, _ context: inout RuleContext) {
        for info in extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo") ?? []
        where info.children(XMLNamespace.mdrpi, "RegistrationPolicy").allSatisfy({ $0.text.isBlank }) {
            context.report("The RegistrationInfo has no RegistrationPolicy.", at: info.position)
        }
    }
}
