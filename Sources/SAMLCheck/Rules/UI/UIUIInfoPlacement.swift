/// UI-UIINFO-PLACEMENT: mdui:UIInfo belongs directly in a role descriptor's Extensions.
struct UIUIInfoPlacement: Rule {
    static let description = RuleDescription(
        id: "UI-UIINFO-PLACEMENT",
        title: "UIInfo sits in a role's Extensions",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.1; UKF check_mdui.xsl",
        rationale: "UIInfo MUST appear within the md:Extensions of a role element; discovery services and IdP consent pages look only there, so a UIInfo at entity level is never shown.",
        hint: "Move mdui:UIInfo into the md:Extensions of the SPSSODescriptor or IDPSSODescriptor.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              \(MDUI.uiInfo(#"<mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>"#, marked: true))
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
            .passes(MDUI.sp(MDUI.uiInfo(#"<mdui:DisplayName xml:lang="en">Team wiki</mdui:DisplayName>"#))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.mdui, "UIInfo", in: document, allowedOnGroups: false) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is never shown"), at: element.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let problems = ExtensionPlacement.problems(XMLNamespace.mdui, "UIInfo", in: entity) { site in
            if case .role = site { return true }
            return false
        }
        for (element, problem) in problems {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is never shown; it belongs to a role descriptor"), at: element.position)
        }
    }
}
