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
        for group in document.groups {
            for element in group.extensions?.allElements ?? [] where element.isElement(XMLNamespace.mdui, "UIInfo") {
                context.report("mdui:UIInfo in an EntitiesDescriptor's Extensions is never shown.", at: element.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let direct = Set(extensions.elements(XMLNamespace.mdui, "UIInfo").map(\.position))
            for element in extensions.allElements where element.isElement(XMLNamespace.mdui, "UIInfo") {
                if case .role = site, direct.contains(element.position) { continue }
                if case .role = site {
                    context.report("mdui:UIInfo is nested inside another extension element instead of sitting directly in the role's md:Extensions.", at: element.position)
                } else {
                    context.report("mdui:UIInfo in the Extensions of \(site.name) is never shown; it belongs to a role descriptor.", at: element.position)
                }
            }
        }
    }
}
