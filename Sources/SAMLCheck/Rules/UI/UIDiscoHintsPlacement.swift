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
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.mdui, "DiscoHints", in: document, allowedOnGroups: false) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is ignored"), at: element.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let problems = ExtensionPlacement.problems(XMLNamespace.mdui, "DiscoHints", in: entity) { $0 == .role(.identityProvider) }
        for (element, problem) in problems {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is ignored; it belongs to an IDPSSODescriptor"), at: element.position)
        }
        for role in entity.identityProviders {
            for extra in (role.extensions?.elements(XMLNamespace.mdui, "DiscoHints") ?? []).dropFirst() {
                context.report("A second mdui:DiscoHints in the IDPSSODescriptor's Extensions.", at: extra.position)
            }
        }
    }
}
