/// UI-UIINFO-DUP: at most one mdui:UIInfo per Extensions.
struct UIUIInfoDup: Rule {
    static let description = RuleDescription(
        id: "UI-UIINFO-DUP",
        title: "One UIInfo per role",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.1",
        rationale: "UIInfo MUST NOT appear more than once in an Extensions element; consumers read only one of them, so the other's names and logos silently vanish.",
        hint: "Merge the UIInfo elements into one.",
        examples: [
            .triggers(MDUI.sp("""
            \(MDUI.uiInfo(#"<mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>"#))
            \(MDUI.uiInfo(#"<mdui:DisplayName xml:lang="de">Team-Wiki</mdui:DisplayName>"#, marked: true))
            """)),
            .passes(MDUI.sp(MDUI.uiInfo("""
            <mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>
            <mdui:DisplayName xml:lang="de">Team-Wiki</mdui:DisplayName>
            """))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let uiInfos = extensions.elements(XMLNamespace.mdui, "UIInfo")
            for extra in uiInfos.dropFirst() {
                context.report("A second mdui:UIInfo in the Extensions of \(site.name).", at: extra.position)
            }
        }
    }
}
