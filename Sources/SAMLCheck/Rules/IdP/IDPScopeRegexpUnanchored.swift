/// IDP-SCOPE-REGEXP-UNANCHORED: a regular-expression scope must match the whole value.
struct IDPScopeRegexpUnanchored: Rule {
    static let description = RuleDescription(
        id: "IDP-SCOPE-REGEXP-UNANCHORED",
        title: "Regular-expression scopes are anchored",
        severity: .error,
        profiles: [.refeds, .secBP],
        citation: "MRPS §5.3",
        rationale: "SPs accept a scoped attribute (user@scope) when the scope matches; an expression without ^ and $ also matches evil-example.edu or example.edu.attacker.net, so any IdP can assert users of this one.",
        hint: "Anchor the expression at both ends and escape the dots, e.g. ^([a-z0-9-]+\\.)*example\\.edu$.",
        examples: [
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="true">([a-z]+\.)?university\.edu</shibmd:Scope>"#)),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="true">^([a-z]+\.)?university\.edu$</shibmd:Scope>"#)),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>"#),
                    note: "A literal scope needs no anchors."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, scope) in entity.scopeElements {
            guard let regexp = scope.attribute("regexp"), XSBoolean(regexp).value == true else { continue }
            let expression = scope.trimmedText
            let anchoredStart = expression.hasPrefix("^")
            let anchoredEnd = expression.hasSuffix("$") && !expression.hasSuffix("\\$")
            guard !(anchoredStart && anchoredEnd) else { continue }
            let missing = [anchoredStart ? nil : "^ at the start", anchoredEnd ? nil : "$ at the end"].compactMap { $0 }.joined(separator: " and ")
            context.report("The regular-expression scope \(expression) lacks \(missing), so it also matches other domains.", at: scope.position)
        }
    }
}
