/// The Markdown a GitHub Actions job shows on its summary page (`$GITHUB_STEP_SUMMARY`), written
/// next to the `--format github` annotations: a table of the documents with their signature
/// verdict and counts, the pair's verdict or each message's, the first findings at the top severity, and the
/// findings counted by rule.
///
/// GitHub caps a step's summary at 1 MiB, so the lists stop at fixed lengths and say how many
/// more there are. Text from the metadata is escaped so that it cannot become Markdown or HTML.
public enum GitHubStepSummary {
    static let findingRows = 50
    static let ruleRows = 60

    /// A Markdown table of the documents and their findings for `$GITHUB_STEP_SUMMARY`.
    public static func render(_ report: Report, run: RunDescription) -> String {
        let counts = report.counts
        var out = "## samlcheck: \(counts.error) error\(counts.error == 1 ? "" : "s"), \(counts.warning) warning\(counts.warning == 1 ? "" : "s"), \(counts.info) info"
        if report.suppressedCount > 0 { out += " (\(report.suppressedCount) suppressed by the baseline)" }
        out += "\n\n"
        if let pair = report.pair {
            out += "**SSO between " + cell(pair.sp.entityID) + " and " + cell(pair.idp.entityID) + ": "
                + (pair.reason.map { "will fail**, because `\($0.rule)`: " + cell($0.message) } ?? "will work**") + "\n\n"
        }
        for document in report.documents {
            guard let message = document.message else { continue }
            out += "**" + cell(document.source) + ": " + cell(message.type) + " " + message.verdict.rawValue + "**"
                + (message.reason.map { ", because " + cell($0) } ?? "") + "\n\n"
        }
        out += "| Document | Entities | Signature | Errors | Warnings | Info |\n|---|---:|---|---:|---:|---:|\n"
        for document in report.documents {
            if let reason = document.unreadable {
                out += "| " + cell(document.source) + " | – | could not be read: " + cell(reason) + " | – | – | – |\n"
                continue
            }
            let documentCounts = document.counts
            let signature = document.describesDeployment ? "–" : document.signature.status.rawValue
            out += "| " + cell(document.source) + " | \(document.entityCount) | \(signature) | \(documentCounts.error) | \(documentCounts.warning) | \(documentCounts.info) |\n"
        }
        let all = report.documents.flatMap { document in document.findings.map { (document.source, $0) } }
            + (report.pair?.findings ?? []).map { ($0.document ?? "", $0) }
        guard let top = all.map(\.1.severity).max() else { return out + "\nNo findings.\n" }

        let shown = all.filter { $0.1.severity == top }
        out += "\n### \(top == .info ? "Info" : top == .error ? "Errors" : "Warnings")\n\n| Where | Rule | Entity | Message |\n|---|---|---|---|\n"
        for (source, finding) in shown.prefix(findingRows) {
            out += "| " + cell(source + (finding.line.map { ":\($0)" } ?? "")) + " | `\(finding.rule)` | " + cell(finding.entityID ?? "–") + " | " + cell(finding.message) + " |\n"
        }
        if shown.count > findingRows { out += "\n… and \(shown.count - findingRows) more; the annotations and the full report list them all.\n" }

        var byRule: [String: SeverityCounts] = [:]
        for (_, finding) in all { byRule[finding.rule, default: SeverityCounts()].add(finding.severity) }
        let rules = byRule.sorted { (-$0.value.error, -$0.value.warning, -$0.value.info, $0.key) < (-$1.value.error, -$1.value.warning, -$1.value.info, $1.key) }
        out += "\n<details><summary>Findings by rule (\(rules.count))</summary>\n\n| Rule | Errors | Warnings | Info | What it checks |\n|---|---:|---:|---:|---|\n"
        for (rule, ruleCounts) in rules.prefix(ruleRows) {
            let title = RuleRegistry.rule(id: rule)?.description.title ?? ""
            out += "| `\(rule)` | \(ruleCounts.error) | \(ruleCounts.warning) | \(ruleCounts.info) | " + cell(title) + " |\n"
        }
        if rules.count > ruleRows { out += "\n… and \(rules.count - ruleRows) more rules.\n" }
        return out + "\n</details>\n\n<sub>samlcheck \(run.toolVersion), profiles " + run.profiles.sorted().map(\.rawValue).joined(separator: ", ") + "</sub>\n"
    }

    /// Text for a table cell: one line, and nothing Markdown or HTML would read as markup
    /// (a `|` would end the cell, `<` start a tag, `[` a link).
    static func cell(_ text: String) -> String {
        text.escaping { scalar in
            switch scalar {
            case "\n", "\r", "\t": return " "
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!": return "\\" + String(scalar)
            default: return nil
            }
        }
    }
}
