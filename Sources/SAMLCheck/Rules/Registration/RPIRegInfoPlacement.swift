/// RPI-REGINFO-PLACEMENT: mdrpi:RegistrationInfo belongs to an entity or a group.
struct RPIRegInfoPlacement: Rule {
    static let description = RuleDescription(
        id: "RPI-REGINFO-PLACEMENT",
        title: "RegistrationInfo sits in entity or group Extensions",
        severity: .error,
        profiles: [.coreExt],
        citation: "RPI §2.1; UKF check_mdrpi.xsl",
        rationale: "RegistrationInfo names the federation that registered the entity; it is defined only directly in the Extensions of an EntityDescriptor or EntitiesDescriptor, and consumers (eduGAIN among them) look only there.",
        hint: "Move mdrpi:RegistrationInfo into the EntityDescriptor's md:Extensions.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:Extensions>
              \(MDRPI.registrationInfo(marked: true))
            </md:Extensions>
            \(ExampleMetadata.postACS)
            """)),
            .passes(MDRPI.sp(MDRPI.registrationInfo())),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.mdrpi, "RegistrationInfo", in: document, allowedOnGroups: true) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is ignored"), at: element.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.mdrpi, "RegistrationInfo", in: entity, allowedAt: { $0 == .entity }) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is ignored; it belongs to the EntityDescriptor"), at: element.position)
        }
    }
}
