/// Pieces of markup the HTML report repeats: a signature status, severity counts, one finding,
/// a rule's explanation.
enum HTMLSnippets {
    static func signatureStatus(_ status: SignatureSummary.Status) -> String {
        let label: String
        switch status {
        case .valid: label = "valid"
        case .invalid: label = "INVALID"
        case .absent: label = "absent"
        case .untrusted: label = "untrusted"
        case .notChecked: label = "not checked"
        }
        return "<span class=\"status \(status.rawValue)\">\(label)</span>"
    }

    /// "2 errors, 1 warning, 0 info", coloured where not zero.
    static func counts(_ counts: SeverityCounts) -> String {
        func part(_ number: Int, _ one: String, _ many: String, _ style: String?) -> String {
            let text = "\(number) \(number == 1 ? one : many)"
            guard number > 0, let style else { return text }
            return "<span class=\"\(style)\">\(text)</span>"
        }
        return part(counts.error, "error", "errors", "n-error") + ", " + part(counts.warning, "warning", "warnings", "n-warning")
            + ", " + part(counts.info, "info", "info", nil)
    }

    /// One finding as a list item: severity, rule (linking to its explanation in the section
    /// `ruleAnchor`), line, message, the other side's place for a pair finding, and its hint when
    /// it is not the rule's usual one (that one is shown once, with the rule).
    static func finding(_ finding: Finding, ruleAnchor: String) -> String {
        let rule = HTMLText.escaped(finding.rule)
        var item = "<li class=\"\(finding.severity.rawValue)\" data-rule=\"\(rule)\""
        if let line = finding.line { item += " data-line=\"\(line)\"" }
        // The severity badge is the list item's ::before (its class): an aggregate's page holds
        // 60,000 findings, and every element fewer per finding is time the browser saves.
        item += "><a class=\"rule\" href=\"#\(ruleAnchor)-r-\(rule)\">\(rule)</a> "
        if let line = finding.line, line > 0 { item += "line \(line): " }
        item += HTMLText.escaped(finding.message)
        if let related = finding.related {
            item += " <span class=\"other\">(other side: " + HTMLText.escaped(related.document + (related.line.map { ":\($0)" } ?? "")) + ")</span>"
        }
        if let hint = finding.hint, hint != RuleRegistry.rule(id: finding.rule)?.description.hint {
            item += "<p class=\"hint\">How to fix: " + HTMLText.escaped(hint) + "</p>"
        }
        return item + "</li>\n"
    }

    /// The rule's title, and in a closed block what `samlcheck explain` says: why it matters,
    /// how to fix it, where it comes from.
    static func explanation(of ruleID: String) -> String {
        guard let rule = RuleRegistry.rule(id: ruleID)?.description else { return "" }
        return HTMLText.escaped(rule.title) + "<details class=\"explain\"><summary>Why it matters, how to fix it</summary>"
            + "<p>" + HTMLText.escaped(rule.rationale) + "</p><p><b>How to fix:</b> " + HTMLText.escaped(rule.hint) + "</p>"
            + "<p class=\"muted\">Source: " + HTMLText.escaped(rule.citation) + " · severity " + HTMLText.escaped(rule.severityNotation)
            + " · <code>samlcheck explain " + HTMLText.escaped(rule.id) + "</code></p></details>"
    }
}
