/// UI-DISCOHINTS-PLACEMENT: mdui:DiscoHints once, in an IDPSSODescriptor's Extensions.
struct UIDiscoHintsPlacement: Rule {
    static let description = RuleDescription(
        id: "UI-DISCOHINTS-PLACEMENT",
        title: "DiscoHints sits once in IdP Extensions",
        severity: .error,
        profiles: [.coreExt],
        citation: "MDUI §2.2; UKF check_mdui.xsl",
        rationale: "DiscoHints help discovery services pre-select an IdP; it MUST appear in an IDPSSODescriptor's Extensions, at most once, and is ignored anywhere else.",
        hint: "Move mdui:DiscoHints into the IDPSSODescriptor's md:Extensions and merge duplicates.",
        examples: [
            .triggers(MDUI.sp(#"↓<mdui:DiscoHints \#(MDUI.namespace)><mdui:DomainHint>northwind.edu</mdui:DomainHint></mdui:DiscoHints>"#)),
            .passes(MDUI.idp(#"<mdui:DiscoHints \#(MDUI.namespace)><mdui:DomainHint>northwind.edu</mdui:DomainHint></mdui:DiscoHints>"#)),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for element in group.extensions?.allElements ?? [] where element.isElement(XMLNamespace.mdui, "DiscoHints") {
                context.report("mdui:DiscoHints in an EntitiesDescriptor's Extensions is ignored.", at: element.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let direct = extensions.elements(XMLNamespace.mdui, "DiscoHints")
            let directPositions = Set(direct.map(\.position))
            for element in extensions.allElements where element.isElement(XMLNamespace.mdui, "DiscoHints") {
                if site != .role(.identityProvider) {
                    context.report("mdui:DiscoHints in the Extensions of \(site.name) is ignored; it belongs to an IDPSSODescriptor.", at: element.position)
                } else if !directPositions.contains(element.position) {
                    context.report("mdui:DiscoHints is nested inside another extension element.", at: element.position)
                }
            }
            if site == .role(.identityProvider) {
                for extra in direct.dropFirst() {
                    context.report("A second mdui:DiscoHints in the IDPSSODescriptor's Extensions.", at: extra.position)
                }
            }
        }
    }
}
