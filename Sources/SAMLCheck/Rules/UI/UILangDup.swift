/// UI-LANG-DUP: one DisplayName, Description, Keywords, InformationURL, PrivacyStatementURL per language.
struct UILangDup: Rule {
    static let description = RuleDescription(
        id: "UI-LANG-DUP",
        title: "One mdui value per language",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.1.2–§2.1.7; UKF check_mdui.xsl",
        rationale: "There MUST NOT be more than one DisplayName, Description, Keywords, InformationURL or PrivacyStatementURL with the same xml:lang; which one a discovery service shows is then arbitrary.",
        hint: "Keep one element of each kind per xml:lang.",
        examples: [
            .triggers(MDUI.sp(MDUI.uiInfo("""
            <mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>
            ↓<mdui:DisplayName xml:lang="en">Wiki</mdui:DisplayName>
            """))),
            .passes(MDUI.sp(MDUI.uiInfo("""
            <mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>
            <mdui:DisplayName xml:lang="fr">Wiki d'équipe</mdui:DisplayName>
            """))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let uiInfos = extensions.allElements.filter { $0.isElement(XMLNamespace.mdui, "UIInfo") }
            guard !uiInfos.isEmpty else { continue }
            for name in MDUI.localized {
                let values = uiInfos.flatMap { $0.children(XMLNamespace.mdui, name) }
                for (value, language) in LanguageDuplicates.repeated(values, language: \.language) {
                    context.report("A second mdui:\(name) in xml:lang \"\(language)\" in \(site.name).", at: value.position)
                }
            }
        }
    }
}
