/// IDP-SCOPE-REGEXP-ATTR-ABSENT: a scope says whether it is an expression.
struct IDPScopeRegexpAttrAbsent: Rule {
    static let description = RuleDescription(
        id: "IDP-SCOPE-REGEXP-ATTR-ABSENT",
        title: "Scopes state regexp explicitly",
        severity: .info,
        profiles: [.edugain],
        citation: "EDUG-V warning 5; SHIBMD",
        rationale: "Without a regexp attribute a scope is literal (the default is false), but readers of the metadata and some older consumers cannot tell what was meant; eduGAIN recommends the explicit value.",
        hint: "Add regexp=\"false\" to the shibmd:Scope.",
        examples: [
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace)>university.edu</shibmd:Scope>"#), profiles: [.edugain]),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>"#), profiles: [.edugain]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, scope) in entity.scopeElements where scope.attribute("regexp") == nil {
            context.report("The scope \(scope.trimmedText) has no regexp attribute; it is read as literal (regexp=\"false\").", at: scope.position)
        }
    }
}
