/// PAIR-SCOPE: the scopes the SP should accept from this IdP.
struct PAIRScope: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-SCOPE",
        title: "The SP knows the IdP's scopes",
        severity: .info,
        profiles: [.core],
        citation: "S2I SDP-SP17; SHIBMD",
        rationale: "Scoped attributes (eduPersonPrincipalName, eduPersonScopedAffiliation) are only as trustworthy as the check that their scope is one the IdP may assert: the shibmd:Scope values in its metadata. Many SPs accept literal scopes only and ignore regular-expression ones.",
        hint: "Make the SP accept scoped values only within the IdP's scopes; list literal scopes where a regular expression would be ignored.",
        examples: [
            .triggers(sp: PairExamples.sp(), idp: PairExamples.idp(PairExamples.idpKey + "\n" + PairExamples.redirectSSO, extensions:
                #"↓<shibmd:Scope xmlns:shibmd="urn:mace:shibboleth:metadata:1.0" regexp="true">^.+\.example\.org$</shibmd:Scope>"#)),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp()),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        let scopes = pair.idp.entity.scopeElements.map(\.scope)
        guard let first = scopes.first else { return }
        let literal = scopes.filter { $0.attribute("regexp")?.trimmingWhitespace() != "true" }.map(\.trimmedText)
        let patterns = scopes.filter { $0.attribute("regexp")?.trimmingWhitespace() == "true" }.map(\.trimmedText)
        var parts: [String] = []
        if !literal.isEmpty { parts.append("the scope\(literal.count == 1 ? "" : "s") \(literal.joined(separator: ", "))") }
        if !patterns.isEmpty {
            parts.append("the regular expression\(patterns.count == 1 ? "" : "s") \(patterns.joined(separator: ", ")) (which many SPs ignore)")
        }
        context.report("The SP should accept scoped attributes from this IdP only within " + parts.joined(separator: " and ") + ".",
                       at: .idp(first.position), related: .sp(nil))
    }
}
