/// UI-UIINFO-EMPTY: a UIInfo says something.
struct UIUIInfoEmpty: Rule {
    static let description = RuleDescription(
        id: "UI-UIINFO-EMPTY",
        title: "UIInfo is not empty",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.1",
        rationale: "UIInfo MUST contain at least one child element; an empty one usually means a template was not filled in.",
        hint: "Add at least an mdui:DisplayName, or remove the empty UIInfo.",
        examples: [
            .triggers(MDUI.sp(#"↓<mdui:UIInfo \#(MDUI.namespace)/>"#)),
            .passes(MDUI.sp(MDUI.uiInfo(#"<mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>"#))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for uiInfo in MDUI.elements("UIInfo", in: entity) where uiInfo.children.isEmpty {
            context.report("mdui:UIInfo has no child element.", at: uiInfo.position)
        }
    }
}
