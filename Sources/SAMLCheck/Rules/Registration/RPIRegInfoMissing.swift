/// RPI-REGINFO-MISSING: every entity names its registrar (its own RegistrationInfo or a group's).
struct RPIRegInfoMissing: Rule {
    static let description = RuleDescription(
        id: "RPI-REGINFO-MISSING",
        title: "Entities name their registrar",
        severity: .info,
        escalations: [.edugain: .error],
        profiles: [.edugain, .refeds],
        citation: "EDUG-V E2; EDUG-P; UKF check_hasreginfo.xsl",
        rationale: "mdrpi:RegistrationInfo says which federation registered the entity and so vouches for it; in interfederation it is how a consumer knows whose policy applies. eduGAIN requires every entity to carry one, its own or its EntitiesDescriptor's.",
        hint: "Add <mdrpi:RegistrationInfo registrationAuthority=\"https://your-federation…\"> to the entity's md:Extensions (a registrar adds it when publishing).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), marked: true), profiles: [.edugain]),
            .passes(MDRPI.sp(MDRPI.registrationInfo()), profiles: [.edugain]),
            .passes(MDRPI.aggregate(extensions: MDRPI.registrationInfo(), members: [MDRPI.member()]), profiles: [.edugain],
                    note: "Inherited from the EntitiesDescriptor."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if !(entity.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo").isEmpty ?? true) { return }
        var group = entity.group
        while let index = group {
            let ancestor = context.document.groups[index]
            if !(ancestor.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo").isEmpty ?? true) { return }
            group = ancestor.parent
        }
        context.report("The entity has no mdrpi:RegistrationInfo, of its own or from an EntitiesDescriptor around it.", at: entity.position)
    }
}
