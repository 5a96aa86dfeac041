/// RPI-REGINFO-NESTED: a group's RegistrationInfo covers everything inside it.
struct RPIRegInfoNested: Rule {
    static let description = RuleDescription(
        id: "RPI-REGINFO-NESTED",
        title: "No RegistrationInfo under a registered group",
        severity: .error,
        profiles: [.coreExt],
        citation: "RPI §2.1",
        rationale: "When an EntitiesDescriptor carries RegistrationInfo, its descendants MUST NOT contain one: the group's registration applies to all of them, and a second one contradicts it.",
        hint: "Remove the RegistrationInfo from the member, or from the EntitiesDescriptor if members come from several registrars.",
        examples: [
            .triggers(MDRPI.aggregate(extensions: MDRPI.registrationInfo(), members: [
                MDRPI.member(MDRPI.registrationInfo(marked: true)),
            ])),
            .passes(MDRPI.aggregate(extensions: MDRPI.registrationInfo(), members: [MDRPI.member()])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            guard let info = group.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo").first,
                  let registered = Self.registeredAncestor(of: group.parent, in: document) else { continue }
            context.report("This EntitiesDescriptor's RegistrationInfo sits under an EntitiesDescriptor (line \(registered.line)) that already has one.",
                           at: info.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let info = entity.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo").first,
              let registered = Self.registeredAncestor(of: entity.group, in: context.document) else { return }
        context.report("The entity has its own RegistrationInfo although its EntitiesDescriptor (line \(registered.line)) already has one.",
                       at: info.position)
    }

    /// The position of the nearest enclosing group, starting at `index`, that has RegistrationInfo.
    static func registeredAncestor(of index: Int?, in document: MetadataDocument) -> SourcePosition? {
        var current = index
        while let groupIndex = current {
            let group = document.groups[groupIndex]
            if group.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo").isEmpty == false { return group.position }
            current = group.parent
        }
        return nil
    }
}
