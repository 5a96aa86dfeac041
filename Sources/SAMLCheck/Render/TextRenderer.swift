/// The report for people: per document, findings grouped by entity, one line each with
/// `file:line`, severity, rule and message; a rule's hint once per document; a summary line.
public struct TextRenderer: Sendable {
    /// Whether to use ANSI colours (only when writing to a terminal).
    public var colour: Bool
    /// Whether every finding gets its own line. When false, a rule that fires more than
    /// ``foldingThreshold`` times at one severity in one entity is one line with the count and the
    /// lines (JSON and SARIF always keep every finding).
    public var verbose: Bool

    /// A rule firing more often than this in one entity is folded into one line.
    public static let foldingThreshold = 3

    /// A renderer that colours severities when `colour` is set and, when `verbose` is, lists every
    /// finding instead of folding repeats.
    public init(colour: Bool, verbose: Bool = false) {
        self.colour = colour
        self.verbose = verbose
    }

    /// The text report: findings grouped by document and entity, with hints, and a summary.
    public func render(_ report: Report, run: RunDescription) -> String {
        ChunkedText.collect { write(report, run: run, to: $0) }
    }

    /// The same report handed to `sink` in pieces of about 64 KiB, so that the report of a large
    /// aggregate (68,000 findings, 14 MB) never has to exist whole in memory.
    public func write(_ report: Report, run: RunDescription, to sink: (String) -> Void) {
        ChunkedText.stream(to: sink) { write(report, run: run, into: &$0) }
    }

    func write(_ report: Report, run: RunDescription, into out: inout ChunkedText) {
        if let pair = report.pair { out += verdictLine(pair, sideErrors: report.documents.reduce(0) { $0 + $1.counts.error }) }
        if let mattermost = report.mattermost { renderChecks(mattermost.checks, into: &out) }
        for document in report.documents {
            renderDocument(document, into: &out)
        }
        if let pair = report.pair { renderPair(pair, into: &out) }
        out += summaryLine(report)
        out += settingsLine(run)
    }

    /// `samlcheck message`'s first line per message: the verdict and the first reason.
    private func messageVerdictLine(_ message: MessageSummary, source: String) -> String {
        let what = "\(source): \(message.type) (\(message.input))"
        let mattermost = message.mattermostError.map { "  " + style("Mattermost", .bold) + ": " + $0.explanation + "\n" } ?? ""
        switch message.verdict {
        case .accepted: return style("ACCEPTED", .green) + " " + what + ": a receiver configured as given would accept it\n" + mattermost
        case .rejected: return style("REJECTED", .red) + " " + what + (message.reason.map { ": " + $0 } ?? "") + "\n" + mattermost
        }
    }

    /// What a probing mode checked, one line per check, before its documents.
    private func renderChecks(_ checks: [DiagnosticCheck], into out: inout ChunkedText) {
        out += style("checks", .bold) + "\n"
        for check in checks {
            let status: String
            switch check.status {
            case .ran: status = style("ran", .green)
            case .skipped: status = style("SKIPPED", .yellow)
            case .notApplicable: status = "not applicable"
            }
            out += "  \(check.id) \(check.title): \(status)" + (check.reason.map { " — " + $0 } ?? "") + "\n"
        }
    }

    private func renderDocument(_ document: DocumentReport, into out: inout ChunkedText) {
        if let message = document.message { out += messageVerdictLine(message, source: document.source) }
        if let reason = document.unreadable {
            out += style(document.source, .bold) + ": " + style("could not be read: " + reason, .red) + "\n"
            return
        }
        out += style(document.source, .bold)
        var facts: [String] = []
        if let root = document.root { facts.append(root) }
        if let message = document.message {
            // A message has no entities: its binding and signed element say more.
            facts.append(message.binding == "unknown" ? message.input : message.binding.uppercased() == "POST" ? "HTTP-POST" : "HTTP-Redirect")
        } else {
            facts.append(plural(document.entityCount, "entity", "entities"))
        }
        out += " (" + facts.joined(separator: ", ") + ")\n"
        if let fetch = document.fetch {
            var line = "  fetched: HTTP \(fetch.status), \(fetch.contentType ?? "no Content-Type"), \(fetch.bytes) bytes in \(fetch.seconds) s"
            if fetch.finalURL != fetch.url { line += " from \(fetch.finalURL)" }
            if let date = fetch.serverDate { line += "; server Date \(date)" }
            out += line + "\n"
            if !fetch.tlsVerified {
                out += "  " + style(fetch.url.lowercased().hasPrefix("https:") ? "TLS NOT VERIFIED (--insecure): anyone on the path could have served this document"
                                    : "fetched over plain http: nothing protects this document in transit", .red) + "\n"
            }
        }
        if let refresh = document.refresh { out += refreshText(refresh, signature: document.signature.status) }
        if document.root != nil, !document.describesDeployment {
            // The verdict and its reason, on one line, before anything else.
            out += "  signature: " + signatureText(document.signature)
                + (document.signature.reason.map { ": " + $0 } ?? "") + "\n"
        }
        for part in document.message?.decryption ?? [] {
            let algorithms = [part.dataAlgorithm, part.keyTransportAlgorithm].compactMap { $0 }.map { String($0.split(separator: "#").last ?? Substring($0)) }
            out += "  " + (part.decryptedWith.map { "decrypted: \(part.element) on line \(part.line) with \($0)" }
                           ?? "not decrypted: \(part.element) on line \(part.line), tried \(part.keysTried.joined(separator: ", "))")
                + (algorithms.isEmpty ? "" : " (" + algorithms.joined(separator: ", key transport ") + ")") + "\n"
        }
        for skipped in document.message?.notChecked ?? [] {
            out += "  not checked: \(skipped.rule): \(skipped.reason)\n"
        }
        guard !document.findings.isEmpty else {
            out += "  no findings\n"
            return
        }

        // Document-wide findings first, then entities in order of their first finding.
        // Groups hold positions, not copies, and a run of findings on one entity (the usual
        // order) is recognised without hashing its entityID again.
        var groups: [(key: String?, members: [Int])] = []
        var indexOfKey: [String: Int] = [:]
        var lastKey: String?
        var lastGroup = -1
        for (position, finding) in document.findings.enumerated() {
            let key = finding.entityID ?? "\u{0}document"
            if lastGroup >= 0, key == lastKey {
                groups[lastGroup].members.append(position)
                continue
            }
            if let index = indexOfKey[key] {
                groups[index].members.append(position)
                lastGroup = index
            } else {
                indexOfKey[key] = groups.count
                lastGroup = groups.count
                groups.append((finding.entityID, [position]))
            }
            lastKey = key
        }
        groups.sort { ($0.key == nil ? 0 : 1) < ($1.key == nil ? 0 : 1) }

        // The hints shown so far, by rule: a rule nearly always has one hint, shared by all its
        // findings, so this compares a short rule ID and (usually) identical string storage
        // instead of hashing every finding's hint again.
        var hintsShown: [String: [String]] = [:]
        for group in groups {
            out += "  " + style(group.key.map { $0.isEmpty ? "(empty entityID)" : $0 } ?? "(document)", .bold) + "\n"
            let folded = verbose ? [:] : RepeatedFindings.fold(group.members, of: document.findings, above: Self.foldingThreshold)
            for position in group.members {
                let finding = document.findings[position]
                if let repeats = folded[RepeatedFindings.Key(finding)] {
                    // Folded: the first of them stands for all; the others are skipped.
                    guard repeats.first == position else { continue }
                    out += "    " + document.source + (finding.line.map { ":" + String($0) } ?? "") + ": "
                    out += severityText(finding.severity) + " " + style(finding.rule, .bold) + " "
                    out += RepeatedFindings.summary(repeats.map { document.findings[$0].line })
                    out += " — first: " + finding.message + "\n"
                    if let hint = finding.hint, !(hintsShown[finding.rule]?.contains(hint) ?? false) {
                        hintsShown[finding.rule, default: []].append(hint)
                        out += "      " + style("hint: " + hint, .dim) + "\n"
                    }
                    continue
                }
                // Appended piece by piece: a report line per finding, 68,000 for a large aggregate.
                out += "    "
                out += document.source
                // file:line: as compilers write it; a finding with no single place has no line.
                if let line = finding.line {
                    out += ":"
                    out += String(line)
                }
                out += ": "
                out += severityText(finding.severity)
                out += " "
                out += style(finding.rule, .bold)
                out += " "
                out += finding.message
                out += "\n"
                if let hint = finding.hint, !(hintsShown[finding.rule]?.contains(hint) ?? false) {
                    hintsShown[finding.rule, default: []].append(hint)
                    out += "      " + style("hint: " + hint, .dim) + "\n"
                }
            }
        }
    }

    private func summaryLine(_ report: Report) -> String {
        let counts = report.counts
        let entities = report.documents.reduce(0) { $0 + $1.entityCount }
        let parts = [
            style(plural(counts.error, "error", "errors"), counts.error > 0 ? .red : .none),
            style(plural(counts.warning, "warning", "warnings"), counts.warning > 0 ? .yellow : .none),
            "\(counts.info) info",
        ]
        let suppressed = report.suppressedCount > 0 ? " (\(report.suppressedCount) more suppressed by the baseline)" : ""
        let unreadable = report.documents.filter { $0.unreadable != nil }.count
        let unread = unreadable > 0 ? "; " + style("\(unreadable) could not be read", .red) : ""
        let messages = report.documents.filter { $0.message != nil }
        if !messages.isEmpty, messages.count == report.documents.count - unreadable {
            let rejected = messages.filter { $0.message?.verdict == .rejected }.count
            return "\(plural(messages.count, "message", "messages")) (\(messages.count - rejected) accepted, \(rejected) rejected): "
                + parts.joined(separator: ", ") + unread + "\n"
        }
        return "\(plural(report.documents.count, "document", "documents")), \(plural(entities, "entity", "entities")): "
            + parts.joined(separator: ", ") + suppressed + unread + "\n"
    }

    /// The profiles in effect and the configuration file they came from, so that a file picked
    /// up from a parent directory is never silent.
    private func settingsLine(_ run: RunDescription) -> String {
        let profiles = run.profiles.sorted().map(\.rawValue).joined(separator: ", ")
        let configuration = run.configurationFile.map { "; configuration \($0)" } ?? ""
        return style("profiles \(profiles)\(configuration)", .dim) + "\n"
    }

    /// Only the document lines (source, kind, signature) and the summary line: what the terminal
    /// shows when the full report goes to files.
    public func renderSummary(_ report: Report, run: RunDescription? = nil) -> String {
        var out = ""
        for document in report.documents {
            if let reason = document.unreadable {
                out += style(document.source, .bold) + ": could not be read: " + reason + "\n"
                continue
            }
            let counts = document.counts
            out += style(document.source, .bold) + ": signature " + signatureText(document.signature)
                + ", \(plural(counts.error, "error", "errors")), \(plural(counts.warning, "warning", "warnings")), \(counts.info) info\n"
        }
        if let pair = report.pair { out = verdictLine(pair, sideErrors: report.documents.reduce(0) { $0 + $1.counts.error }) + out }
        return out + summaryLine(report) + (run.map(settingsLine) ?? "")
    }

    /// "SSO between SP and IdP: will work" or "… will fail, because RULE: message". The verdict
    /// is about the two together; errors in either side's own metadata are pointed at.
    private func verdictLine(_ pair: PairSummary, sideErrors: Int) -> String {
        var line = "SSO between \(pair.sp.entityID) and \(pair.idp.entityID): "
        if let reason = pair.reason {
            line += style("will fail", .red) + ", because " + style(reason.rule, .bold) + ": " + reason.message
        } else {
            line += style("will work", .green)
            var notes: [String] = []
            let warnings = (pair.findings + pair.suppressed).filter { $0.severity == .warning }.count
            if warnings > 0 { notes.append("\(plural(warnings, "warning", "warnings")) about the pair") }
            if sideErrors > 0 { notes.append(style("\(plural(sideErrors, "error", "errors")) in their own metadata", .red)) }
            if !notes.isEmpty { line += " (" + notes.joined(separator: "; ") + " below)" }
        }
        return line + "\n"
    }

    /// The pair's own findings (each with both places), the keys it depends on, and what was not checked.
    private func renderPair(_ pair: PairSummary, into out: inout ChunkedText) {
        out += style("pair", .bold) + ": SP \(pair.sp.entityID) (\(pair.sp.document)) and IdP \(pair.idp.entityID) (\(pair.idp.document))\n"
        if pair.findings.isEmpty { out += "  no findings\n" }
        var hintsShown: Set<String> = []
        for finding in pair.findings {
            out += "    " + place(finding.document, finding.line)
            if let related = finding.related { out += " ↔ " + place(related.document, related.line) }
            out += ": " + severityText(finding.severity) + " " + style(finding.rule, .bold) + " " + finding.message + "\n"
            if let hint = finding.hint, hintsShown.insert(finding.rule + "\u{1F}" + hint).inserted {
                out += "      " + style("hint: " + hint, .dim) + "\n"
            }
        }
        if !pair.keys.isEmpty {
            out += "  keys the pair depends on (soonest to expire first):\n"
            for key in pair.keys {
                var line = "    \(key.purpose): \(key.subject) (\(key.fingerprint.prefix(23))…) "
                if let notAfter = key.notAfter, let days = key.daysLeft {
                    let left = days < 0 ? "expired \(plural(-days, "day", "days")) ago" : "\(plural(days, "day", "days")) left"
                    line += "until \(notAfter.prefix(10)), " + style(left, days < 30 ? .yellow : .none)
                } else {
                    line += "with no readable expiry"
                }
                line += key.successor.map { "; successor \($0.prefix(23))… published" } ?? "; no successor published"
                out += line + " (" + place(key.document, key.line) + ")\n"
            }
        }
        for skipped in pair.notChecked {
            out += "  " + style("not checked", .yellow) + ": \(skipped.rule): \(skipped.reason)\n"
        }
    }

    private func place(_ document: String?, _ line: Int?) -> String {
        (document ?? "") + (line.map { ":" + String($0) } ?? "")
    }

    private func signatureText(_ signature: SignatureSummary) -> String {
        switch signature.status {
        case .notChecked: return "not checked"
        case .valid: return style("valid", .green)
        case .invalid: return style("INVALID", .red)
        case .absent: return "absent"
        case .untrusted: return style("untrusted", .yellow)
        }
    }

    private func severityText(_ severity: Severity) -> String {
        switch severity {
        case .error: return style("error", .red)
        case .warning: return style("warning", .yellow)
        case .info: return style("info", .cyan)
        }
    }

    private func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }

    private enum Style: String {
        case none = ""
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
    }

    /// What the state directory says about a fetched source: one line, and one more in red for
    /// each thing that fails the run.
    private func refreshText(_ refresh: RefreshRecord, signature: SignatureSummary.Status) -> String {
        var line = "  refresh: "
        switch refresh.outcome {
        case .first: line += "first fetch with this state directory"
        case .unchanged: line += "unchanged since \(refresh.lastChange.iso8601)"
        case .changed: line += "changed since the last good copy" + (refresh.previousGoodCopy.map { " (of \($0))" } ?? "")
        case .notModified: line += "not modified (HTTP 304): the last good copy" + (refresh.previousGoodCopy.map { " (of \($0))" } ?? "")
            + " was checked; unchanged since \(refresh.lastChange.iso8601)"
        case .fetchFailed: line += "the last good copy" + (refresh.previousGoodCopy.map { " (of \($0))" } ?? "") + " was checked (--fallback)"
        }
        if refresh.conditional, refresh.outcome != .notModified, refresh.outcome != .fetchFailed { line += "; conditional request" }
        if let next = refresh.nextRefresh { line += "; next refresh due \(next)" }
        var out = line + "\n"
        if let error = refresh.fetchError {
            out += "  " + style("FETCH FAILED: \(error)", .red) + "\n"
        }
        if let before = refresh.worseThan {
            out += "  " + style("VERIFIES WORSE than the last good copy (signature \(before) then, \(signature.rawValue) now): it was not kept as the good copy", .red) + "\n"
        }
        if let problem = refresh.stateProblem { out += "  state: \(problem)\n" }
        return out
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard colour, style != .none else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }
}
