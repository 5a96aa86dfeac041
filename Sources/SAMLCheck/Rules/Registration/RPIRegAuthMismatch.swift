/// RPI-REGAUTH-MISMATCH: the entities of a feed are registered by the feed's federation.
struct RPIRegAuthMismatch: Rule {
    static let description = RuleDescription(
        id: "RPI-REGAUTH-MISMATCH",
        title: "registrationAuthority is the federation's",
        severity: .error,
        escalations: [.edugain: .error],
        profiles: [.edugain],
        citation: "EDUG-V E2",
        rationale: "eduGAIN accepts from a federation only the entities that federation registered: its validator compares each registrationAuthority with the one the federation registered with eduGAIN, and refuses the others (an entity registered elsewhere, or a typo in the authority, which breaks every policy keyed on it). Give the expected authority with --registration-authority or registrationAuthority in the configuration; without it the rule has nothing to compare with.",
        hint: "Set registrationAuthority to the federation's registered URI, or remove the entity if another federation registered it.",
        examples: [
            .triggers(MDRPI.sp(MDRPI.registrationInfo(authority: "https://www.elsewhere-federation.org", marked: true)), profiles: [.edugain],
                      inputs: PolicyInputs(registrationAuthority: "https://www.northwind-federation.org")),
            .passes(MDRPI.sp(MDRPI.registrationInfo()), profiles: [.edugain],
                    inputs: PolicyInputs(registrationAuthority: "https://www.northwind-federation.org")),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let expected = context.settings.inputs.registrationAuthority else { return }
        // The entity's own RegistrationInfo, else the nearest EntitiesDescriptor's; none at all is RPI-REGINFO-MISSING's.
        var infos = entity.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo") ?? []
        var group = entity.group
        while infos.isEmpty, let index = group {
            infos = context.document.groups[index].extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo") ?? []
            group = context.document.groups[index].parent
        }
        for info in infos {
            let authority = info.attribute("registrationAuthority")?.trimmingWhitespace() ?? ""
            guard authority != expected else { continue }
            context.report("The entity's registrationAuthority is \(authority.isEmpty ? "empty" : authority), not the federation's \(expected).", at: info.position)
        }
    }
}
