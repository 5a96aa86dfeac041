/// IDP-SCOPE-FORMAT: a literal scope is a lower-case DNS domain the IdP's organisation owns.
struct IDPScopeFormat: Rule {
    static let description = RuleDescription(
        id: "IDP-SCOPE-FORMAT",
        title: "Scopes are lower-case DNS domains",
        severity: .warning,
        profiles: [.refeds],
        citation: "MRPS §5.3; UKF check_shibboleth.xsl, check_misc.xsl",
        rationale: "SPs compare the scope of user@scope with the declared scopes byte for byte: a scope with a space, a line break or an upper-case letter matches nothing the IdP sends. Registrars admit only DNS domains the organisation controls, and never a bare public suffix (edu, ac.uk), which would let the IdP assert users of every institution under it.",
        hint: "Write the scope as the organisation's domain in lower case, alone on its line: <shibmd:Scope regexp=\"false\">university.edu</shibmd:Scope>.",
        examples: [
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">University.edu</shibmd:Scope>"#), profiles: [.refeds]),
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">ac.uk</shibmd:Scope>"#), profiles: [.refeds],
                      note: "A public suffix is no organisation's domain."),
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu </shibmd:Scope>"#), profiles: [.refeds]),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>"#), profiles: [.refeds]),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="true">^([a-z]+\.)?University\.edu$</shibmd:Scope>"#),
                    profiles: [.refeds], note: "Regular expressions are IDP-SCOPE-REGEXP's and IDP-SCOPE-REGEXP-UNANCHORED's."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, scope) in entity.scopeElements {
            if let regexp = scope.attribute("regexp"), XSBoolean(regexp).value == true { continue }
            guard !scope.text.isBlank, let problem = Self.problem(scope.text) else { continue }
            context.report("The scope \"\(scope.text)\" \(problem).", at: scope.position)
        }
    }

    /// What is wrong with a literal scope, or nil.
    static func problem(_ text: String) -> String? {
        if text.utf8.contains(where: \.isXMLWhitespaceByte) {
            return "contains \(text.contains("\n") ? "a line break" : "white space"), so no scoped value matches it"
        }
        if text != text.lowercased() { return "has upper-case letters; scopes are compared exactly, so write the domain in lower case" }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        let isDNSName = text.utf8.count <= 253 && labels.allSatisfy { label in
            (1...63).contains(label.utf8.count) && label.first != "-" && label.last != "-"
                && label.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
        }
        guard isDNSName else { return "is not a DNS domain name" }
        if labels.count == 1 || HostClassification.isPublicSuffix(text) { return "is a public suffix, not an organisation's domain" }
        return nil
    }
}
