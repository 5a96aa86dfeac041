/// `--format html`: one self-contained page for a person — an admin before a rollout, a
/// registrar reviewing a submission, a CI artefact. Per document: the verdict (signature status
/// and reason, validity), a certificate-expiry timeline, the entities, findings by entity and by
/// rule with each rule's explanation; for `pair`, the verdict on SSO between the two first.
///
/// Nothing is loaded from anywhere (styles and script are inline, and the page's
/// Content-Security-Policy forbids the rest); text from the metadata is always escaped and never
/// becomes a link. Like the text report, the page is written in pieces, so that the report of a
/// 10,000-entity aggregate never exists whole in memory.
public enum HTMLRenderer {
    /// The whole page as one string.
    public static func render(_ report: Report, run: RunDescription) -> String {
        ChunkedText.collect { write(report, run: run, to: $0) }
    }

    /// The page in pieces, handed to `sink` in order as they are made, so a large report is written
    /// without being held whole.
    public static func write(_ report: Report, run: RunDescription, to sink: (String) -> Void) {
        ChunkedText.stream(to: sink) { write(report, run: run, into: &$0) }
    }

    static func write(_ report: Report, run: RunDescription, into out: inout ChunkedText) {
        let title = "samlcheck: " + (report.pair.map { "\($0.sp.entityID) and \($0.idp.entityID)" }
            ?? report.documents.map(\.source).joined(separator: ", "))
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLPageAssets.contentSecurityPolicy)\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\"samlcheck \(HTMLText.escaped(run.toolVersion))\">\n"
            + "<title>" + HTMLText.escaped(title) + "</title>\n<script>" + HTMLPageAssets.earlyScript + "</script>\n"
            + "<style>\n" + HTMLPageAssets.style + "\n</style>\n</head>\n<body>\n"
        writeHeader(report, run: run, into: &out)
        if let pair = report.pair { writePairVerdict(pair, sideErrors: report.documents.reduce(0) { $0 + $1.counts.error }, into: &out) }
        if let mattermost = report.mattermost { writeChecks(mattermost.checks, into: &out) }
        for (index, document) in report.documents.enumerated() {
            HTMLDocumentSection(document: document, anchor: "d\(index + 1)", now: run.now).write(into: &out)
        }
        if let pair = report.pair { writePair(pair, into: &out) }
        out += "<script>\n" + HTMLPageAssets.script + "\n</script>\n</body>\n</html>\n"
    }

    private static func writeHeader(_ report: Report, run: RunDescription, into out: inout ChunkedText) {
        let entities = report.documents.reduce(0) { $0 + $1.entityCount }
        let documents = report.documents.count
        out += "<header>\n<h1>samlcheck report</h1>\n<p class=\"summary\">\(documents) document\(documents == 1 ? "" : "s"), "
            + "\(entities) entit\(entities == 1 ? "y" : "ies"): " + HTMLSnippets.counts(report.counts)
        if report.suppressedCount > 0 { out += " (\(report.suppressedCount) more suppressed by the baseline)" }
        let unreadable = report.documents.filter { $0.unreadable != nil }.count
        if unreadable > 0 { out += "; <span class=\"n-error\">\(unreadable) could not be read</span>" }
        out += "</p>\n<p class=\"run\">samlcheck " + HTMLText.escaped(run.toolVersion) + " · checked as of " + run.now.iso8601
            + " · profiles " + HTMLText.escaped(run.profiles.sorted().map(\.rawValue).joined(separator: ", "))
            + (run.configurationFile.map { " · configuration " + HTMLText.escaped($0) } ?? "") + "</p>\n"
        if report.documents.count > 1 {
            out += "<nav><ul>\n"
            for (index, document) in report.documents.enumerated() {
                out += "<li><a href=\"#d\(index + 1)\">" + HTMLText.escaped(document.source) + "</a> — "
                    + (document.unreadable != nil ? "<span class=\"status unreadable\">could not be read</span>"
                       : HTMLSnippets.signatureStatus(document.signature.status) + " " + HTMLSnippets.counts(document.counts)) + "</li>\n"
            }
            out += "</ul></nav>\n"
        }
        out += "</header>\n"
    }

    /// The pair's verdict as a banner: the first thing the page says.
    private static func writePairVerdict(_ pair: PairSummary, sideErrors: Int, into out: inout ChunkedText) {
        let between = "SSO between " + HTMLText.escaped(pair.sp.entityID) + " and " + HTMLText.escaped(pair.idp.entityID)
        if let reason = pair.reason {
            out += "<p class=\"banner fail\">\(between): <strong>will fail</strong>, because <span class=\"rule\">"
                + HTMLText.escaped(reason.rule) + "</span>: " + HTMLText.escaped(reason.message) + "</p>\n"
        } else {
            var notes: [String] = []
            let warnings = (pair.findings + pair.suppressed).filter { $0.severity == .warning }.count
            if warnings > 0 { notes.append("\(warnings) warning\(warnings == 1 ? "" : "s") about the pair") }
            if sideErrors > 0 { notes.append("\(sideErrors) error\(sideErrors == 1 ? "" : "s") in their own metadata") }
            out += "<p class=\"banner work\">\(between): <strong>will work</strong>" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")") + "</p>\n"
        }
    }

    /// The pair's own findings, the keys it depends on and the rules that could not run.
    private static func writePair(_ pair: PairSummary, into out: inout ChunkedText) {
        out += "<section class=\"pair\" id=\"pair\">\n<h2>The SP and the IdP together</h2>\n<dl class=\"facts\">"
            + "<dt>SP</dt><dd>" + HTMLText.escaped(pair.sp.entityID + " (" + pair.sp.document + ")") + "</dd>"
            + "<dt>IdP</dt><dd>" + HTMLText.escaped(pair.idp.entityID + " (" + pair.idp.document + ")") + "</dd>"
            + "<dt>Findings</dt><dd>" + HTMLSnippets.counts(SeverityCounts(pair.findings)) + "</dd></dl>\n"
        if pair.findings.isEmpty {
            out += "<p class=\"none\">No findings about the two together.</p>\n"
        } else {
            out += "<ul class=\"findings\">\n"
            for finding in pair.findings { out += HTMLSnippets.finding(finding, ruleAnchor: "pair") }
            out += "</ul>\n<table class=\"rules\"><thead><tr><th>Rule</th><th>What it means</th></tr></thead><tbody>\n"
            for rule in Set(pair.findings.map(\.rule)).sorted() {
                let id = HTMLText.escaped(rule)
                out += "<tr id=\"pair-r-\(id)\"><td class=\"rule\">\(id)</td><td>" + HTMLSnippets.explanation(of: rule) + "</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        if !pair.keys.isEmpty {
            out += "<h3>Keys the pair depends on</h3>\n<table><thead><tr><th>Use</th><th>Certificate</th><th>Until</th><th>Successor</th><th>Where</th></tr></thead><tbody>\n"
            for key in pair.keys {
                var until = "<span class=\"muted\">no readable expiry</span>"
                if let notAfter = key.notAfter, let days = key.daysLeft {
                    let left = days < 0 ? "expired \(-days) day\(days == -1 ? "" : "s") ago" : "\(days) day\(days == 1 ? "" : "s") left"
                    let style = days < 0 ? "n-error" : days < HTMLCertificateTimeline.warningDays ? "n-warning" : "muted"
                    until = HTMLText.escaped(String(notAfter.prefix(10))) + " <span class=\"\(style)\">(\(left))</span>"
                }
                out += "<tr><td>" + HTMLText.escaped(key.purpose) + "</td><td>" + HTMLText.escaped(key.subject)
                    + "<br><span class=\"muted\">" + HTMLText.escaped(key.fingerprint) + "</span></td><td>\(until)</td><td>"
                    + (key.successor.map { HTMLText.escaped(String($0.prefix(23))) + "… published" } ?? "none published") + "</td><td>"
                    + HTMLText.escaped(key.document + (key.line.map { ":\($0)" } ?? "")) + "</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        if !pair.notChecked.isEmpty {
            out += "<h3>Not checked</h3>\n<ul>\n"
            for skipped in pair.notChecked {
                out += "<li><span class=\"rule\">" + HTMLText.escaped(skipped.rule) + "</span>: " + HTMLText.escaped(skipped.reason) + "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "</section>\n"
    }

    /// What a probing mode checked (`samlcheck mattermost`), and what it could not.
    private static func writeChecks(_ checks: [DiagnosticCheck], into out: inout ChunkedText) {
        out += "<section class=\"checks\">\n<h2>Checks</h2>\n<table><thead><tr><th>Check</th><th>Status</th><th>Why</th></tr></thead><tbody>\n"
        for check in checks {
            let status: String
            switch check.status {
            case .ran: status = "<span class=\"status valid\">ran</span>"
            case .skipped: status = "<span class=\"status \(check.failedRequest ? "invalid" : "untrusted")\">skipped</span>"
            case .notApplicable: status = "<span class=\"muted\">not applicable</span>"
            }
            out += "<tr><td><span class=\"rule\">" + HTMLText.escaped(check.id) + "</span> " + HTMLText.escaped(check.title) + "</td><td>\(status)</td><td>"
                + HTMLText.escaped(check.reason ?? "") + "</td></tr>\n"
        }
        out += "</tbody></table>\n</section>\n"
    }
}
