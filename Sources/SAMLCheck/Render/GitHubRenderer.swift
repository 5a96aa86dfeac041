/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
/// which GitHub shows as an annotation on the file and line, then a plain summary line.
public enum GitHubRenderer {
    /// One workflow command (`::error file=…,line=…::…`) per finding, which GitHub Actions shows as an
    /// annotation on the line.
    public static func render(_ report: Report, run: RunDescription) -> String {
        var out = ""
        for document in report.documents {
            if let reason = document.unreadable {
                let file = document.source != "-" && !document.source.contains("://") ? "file=" + property(document.source) + "," : ""
                out += "::error \(file)title=\(property("samlcheck could not read the document"))::\(data(document.source + ": " + reason))\n"
                continue
            }
            for finding in document.findings { out += annotation(finding, source: document.source) }
        }
        for finding in report.pair?.findings ?? [] { out += annotation(finding, source: finding.document ?? "-") }
        let counts = report.counts
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        out += "samlcheck: \(count(report.documents.count, "document", "documents")): \(count(counts.error, "error", "errors")), "
            + "\(count(counts.warning, "warning", "warnings")), \(counts.info) info"
        if report.suppressedCount > 0 { out += ", \(report.suppressedCount) suppressed by the baseline" }
        return out + "\n"
    }

    /// One workflow command for a finding in `source` (a pair finding names the other side too).
    private static func annotation(_ finding: Finding, source: String) -> String {
        var properties: [String] = []
        if source != "-" && !source.contains("://") { properties.append("file=" + property(source)) }
        if let line = finding.line, line > 0 { properties.append("line=\(line)") }
        properties.append("title=" + property(finding.rule + (finding.entityID.map { " (\($0))" } ?? "")))
        var message = finding.message
        if let related = finding.related {
            message += "\nOther side: " + related.document + (related.line.map { ":\($0)" } ?? "") + (related.entityID.map { " (\($0))" } ?? "")
        }
        if let hint = finding.hint { message += "\nHow to fix: " + hint }
        return "::\(command(finding.severity)) \(properties.joined(separator: ","))::\(data(message))\n"
    }

    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escaping of a command's message (GitHub's toolkit: %, CR, LF).
    static func data(_ text: String) -> String {
        text.escaping { scalar in
            switch scalar {
            case "%": return "%25"
            case "\r": return "%0D"
            case "\n": return "%0A"
            default: return nil
            }
        }
    }

    /// Escaping of a property value: as data, plus the separators `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
