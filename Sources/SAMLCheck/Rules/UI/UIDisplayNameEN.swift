/// UI-DISPLAYNAME-EN: a DisplayName that interfederation users can read.
struct UIDisplayNameEN: Rule {
    static let description = RuleDescription(
        id: "UI-DISPLAYNAME-EN",
        title: "A DisplayName in English",
        severity: .info,
        escalations: [.edugain: .warning],
        profiles: [.edugain, .refeds],
        citation: "EDUG-V warning 12; COCO 5.1.4",
        rationale: "Discovery services and consent pages abroad fall back to English when the user's language is missing; a role named only in its local language is shown by entityID or in a language the user may not read. The GÉANT Code of Conduct v2 requires an English DisplayName of its SPs (an error for SPs that claim it).",
        hint: "Add <mdui:DisplayName xml:lang=\"en\">…</mdui:DisplayName> beside the local-language one.",
        examples: [
            .triggers(UIInfoExamples.sp([#"<mdui:DisplayName xml:lang="de">Nordwind-Wiki</mdui:DisplayName>"#], marked: true), profiles: [.edugain]),
            .passes(UIInfoExamples.sp([#"<mdui:DisplayName xml:lang="de">Nordwind-Wiki</mdui:DisplayName>"#, UIInfoExamples.displayName]),
                    profiles: [.edugain]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where role.isIdentityProvider || role.isServiceProvider {
            let names = role.uiInfos.flatMap { $0.children(XMLNamespace.mdui, "DisplayName") }.filter { !$0.text.isBlank }
            // A role without any DisplayName is UI-DISPLAYNAME's (or UI-UIINFO-MISSING's).
            guard !names.isEmpty, !names.contains(where: { $0.language?.trimmingWhitespace().lowercased() == "en" }) else { continue }
            let coco = EntityCategories.isCodeOfConductV2(role, of: entity)
            context.report("The \(role.kind.elementName) has no DisplayName with xml:lang=\"en\"\(coco ? ", which the Code of Conduct v2 it claims requires" : "").",
                           at: role.position, severity: coco ? .error : nil)
        }
    }
}
