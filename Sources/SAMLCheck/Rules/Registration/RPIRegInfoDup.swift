/// RPI-REGINFO-DUP: one RegistrationInfo per Extensions.
struct RPIRegInfoDup: Rule {
    static let description = RuleDescription(
        id: "RPI-REGINFO-DUP",
        title: "One RegistrationInfo per element",
        severity: .error,
        profiles: [.coreExt, .edugain],
        citation: "RPI §2.1; EDUG-V E8",
        rationale: "RegistrationInfo MUST NOT appear more than once: an entity has one registrar. Two of them make the registration authority ambiguous, and eduGAIN rejects the entity.",
        hint: "Keep the single RegistrationInfo of the federation that registered the entity.",
        examples: [
            .triggers(MDRPI.sp("""
            \(MDRPI.registrationInfo())
            \(MDRPI.registrationInfo(authority: "https://other-federation.example.net", marked: true))
            """)),
            .passes(MDRPI.sp(MDRPI.registrationInfo())),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for extra in (group.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo") ?? []).dropFirst() {
                context.report("A second mdrpi:RegistrationInfo on the EntitiesDescriptor.", at: extra.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for extra in (entity.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo") ?? []).dropFirst() {
            context.report("A second mdrpi:RegistrationInfo on the entity (registrationAuthority \(extra.attribute("registrationAuthority") ?? "missing")).",
                           at: extra.position)
        }
    }
}
