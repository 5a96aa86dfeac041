#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One document in the HTML report: its verdict, the certificate-expiry timeline, the table of
/// its entities, its findings grouped by entity, and the same findings counted by rule with
/// each rule's explanation.
struct HTMLDocumentSection {
    let document: DocumentReport
    /// A prefix for the element IDs of this section (`d1`, `d2`…): anchors are made from
    /// positions, never from entity IDs, which are the metadata's own text.
    let anchor: String
    let now: Date

    /// Groups open by default up to this many; beyond, they start closed and the summaries form
    /// a list to page through.
    static let openGroupLimit = 20

    func write(into out: inout ChunkedText) {
        out += "<section class=\"document\" id=\"\(anchor)\">\n<h2>" + HTMLText.escaped(document.source) + "</h2>\n"
        if let message = document.message { writeMessageVerdict(message, into: &out) }
        writeFacts(into: &out)
        guard document.unreadable == nil else {
            out += "</section>\n"
            return
        }
        if !document.describesDeployment, document.message == nil {
            out += "<h3 id=\"\(anchor)-certificates\">Certificate expiry</h3>\n"
            HTMLCertificateTimeline(certificates: document.certificates, now: now).write(into: &out)
        }
        let groups = findingGroups()
        out += "<div class=\"controls\"></div>\n"
        if document.entityIDs.count > 1 { writeEntityTable(groups: groups, into: &out) }
        out += "<h3 id=\"\(anchor)-findings\">Findings by entity</h3>\n"
        writeFindingGroups(groups, into: &out)
        out += "<h3 id=\"\(anchor)-rules\">Findings by rule</h3>\n"
        writeRuleTable(into: &out)
        if !document.suppressed.isEmpty {
            out += "<p class=\"muted\">\(document.suppressed.count) more finding\(document.suppressed.count == 1 ? " was" : "s were") accepted by the baseline and are not shown.</p>\n"
        }
        out += "</section>\n"
    }

    // MARK: The verdict

    /// `samlcheck message`'s verdict as a banner, with what was not checked and the assertion read.
    private func writeMessageVerdict(_ message: MessageSummary, into out: inout ChunkedText) {
        let what = HTMLText.escaped(message.type + " (" + message.input + ")")
        if message.verdict == .accepted {
            out += "<p class=\"banner work\">\(what): <strong>accepted</strong> by a receiver configured as given</p>\n"
        } else {
            out += "<p class=\"banner fail\">\(what): <strong>rejected</strong>" + (message.reason.map { ", because " + HTMLText.escaped($0) } ?? "") + "</p>\n"
        }
        if let mattermost = message.mattermostError { out += "<p>Mattermost: " + HTMLText.escaped(mattermost.explanation) + "</p>\n" }
        if !message.notChecked.isEmpty {
            out += "<ul class=\"muted\">" + message.notChecked.map { "<li>not checked: " + HTMLText.escaped($0.rule + ": " + $0.reason) + "</li>" }.joined() + "</ul>\n"
        }
        if let assertion = message.assertion {
            out += "<dl class=\"facts\">\n<dt>Subject</dt><dd>" + HTMLText.escaped((assertion.subject.nameID ?? "(none)") + " (" + (assertion.subject.format ?? "no format") + ")") + "</dd>\n"
                + "<dt>Audiences</dt><dd>" + HTMLText.escaped(assertion.audiences.joined(separator: ", ")) + "</dd>\n"
                + "<dt>Valid</dt><dd>" + HTMLText.escaped((assertion.notBefore ?? "?") + " to " + (assertion.notOnOrAfter ?? "?")) + "</dd>\n"
                + "<dt>Attributes</dt><dd>" + HTMLText.escaped(assertion.attributes.map { ($0.friendlyName ?? $0.name ?? "?") + "=" + $0.values.joined(separator: ";") }.joined(separator: ", ")) + "</dd>\n</dl>\n"
        }
    }

    private func writeFacts(into out: inout ChunkedText) {
        out += "<dl class=\"facts\">\n"
        if let reason = document.unreadable {
            out += "<dt>Status</dt><dd><span class=\"status unreadable\">could not be read</span> " + HTMLText.escaped(reason) + "</dd>\n</dl>\n"
            return
        }
        var kind = document.root.map(HTMLText.escaped) ?? "not parsed"
        if !document.describesDeployment { kind += ", \(document.entityCount) entit\(document.entityCount == 1 ? "y" : "ies")" }
        out += "<dt>Document</dt><dd>\(kind)</dd>\n"
        if document.root != nil, !document.describesDeployment {
            out += "<dt>Signature</dt><dd>" + HTMLSnippets.signatureStatus(document.signature.status)
                + (document.signature.reason.map { " " + HTMLText.escaped($0) } ?? "") + "</dd>\n"
            if let algorithm = document.signature.algorithm {
                out += "<dt>Signed with</dt><dd>" + HTMLText.escaped(algorithm)
                    + (document.signature.keyFingerprint.map { ", key " + HTMLText.escaped($0) } ?? "") + "</dd>\n"
            }
            if document.message == nil { out += "<dt>Valid until</dt><dd>" + validityText() + "</dd>\n" }
        }
        if let fetch = document.fetch {
            var text = "HTTP \(fetch.status), \(fetch.contentType ?? "no Content-Type"), \(fetch.bytes) bytes in \(fetch.seconds) s"
            if fetch.finalURL != fetch.url { text += " from \(fetch.finalURL)" }
            out += "<dt>Fetched</dt><dd>" + HTMLText.escaped(text)
            if !fetch.tlsVerified {
                out += " <span class=\"n-error\">" + (fetch.url.lowercased().hasPrefix("https:") ? "TLS not verified (--insecure)" : "over plain http") + "</span>"
            }
            out += "</dd>\n"
        }
        out += "<dt>Findings</dt><dd>" + HTMLSnippets.counts(document.counts) + "</dd>\n</dl>\n"
    }

    private func validityText() -> String {
        guard let validUntil = document.validUntil else {
            return "<span class=\"muted\">no validUntil on the document element</span>"
        }
        let seconds = validUntil.timeIntervalSince(now)
        let relative = seconds < 0 ? "<span class=\"n-error\">expired \(describeInterval(seconds)) ago</span>" : "in \(describeInterval(seconds))"
        return validUntil.iso8601 + " (" + relative + ")"
    }

    // MARK: Entities

    /// Findings by entity: the document-wide ones first, then entities in document order.
    private struct Group {
        var entityID: String?
        var findings: [Int] = []
        var counts = SeverityCounts()
    }

    private func findingGroups() -> [Group] {
        var indexOfEntity: [String: Int] = [:]
        var groups = [Group(entityID: nil)]
        for entityID in document.entityIDs where indexOfEntity[entityID] == nil {
            indexOfEntity[entityID] = groups.count
            groups.append(Group(entityID: entityID))
        }
        for (position, finding) in document.findings.enumerated() {
            let index: Int
            if let entityID = finding.entityID {
                if let known = indexOfEntity[entityID] {
                    index = known
                } else {
                    index = groups.count
                    indexOfEntity[entityID] = index
                    groups.append(Group(entityID: entityID))
                }
            } else {
                index = 0
            }
            groups[index].findings.append(position)
            groups[index].counts.add(finding.severity)
        }
        return groups
    }

    private func writeEntityTable(groups: [Group], into out: inout ChunkedText) {
        var certificates: [String: (count: Int, first: Date)] = [:]
        for certificate in document.certificates {
            guard let entityID = certificate.entityID else { continue }
            let known = certificates[entityID]
            certificates[entityID] = ((known?.count ?? 0) + 1, min(known?.first ?? certificate.notAfter, certificate.notAfter))
        }
        out += "<h3 id=\"\(anchor)-entities\">Entities</h3>\n<table class=\"entities\">\n<thead><tr><th data-sort=\"text\">Entity</th>"
            + "<th class=\"num\" data-sort=\"number\">Errors</th><th class=\"num\" data-sort=\"number\">Warnings</th>"
            + "<th class=\"num\" data-sort=\"number\">Info</th><th class=\"num\" data-sort=\"number\">Certificates</th>"
            + "<th data-sort=\"number\">First certificate expiry</th></tr></thead>\n<tbody data-paged=\"rows\">\n"
        for (index, group) in groups.enumerated() {
            guard let entityID = group.entityID else { continue }
            let rules = Set(group.findings.map { document.findings[$0].rule }).sorted().joined(separator: " ")
            let name = HTMLText.escaped(entityID)
            out += "<tr data-entity=\"\(name)\" data-rules=\"\(HTMLText.escaped(rules))\"><td class=\"entity\">"
            out += group.findings.isEmpty ? name : "<a href=\"#\(anchor)-e\(index)\">\(name)</a>"
            out += "</td>" + numberCell(group.counts.error, "n-error") + numberCell(group.counts.warning, "n-warning") + numberCell(group.counts.info, nil)
            if let known = certificates[entityID] {
                let days = Int((known.first.timeIntervalSince(now) / 86_400).rounded(.down))
                let style = days < 0 ? " class=\"n-error\"" : days < HTMLCertificateTimeline.warningDays ? " class=\"n-warning\"" : ""
                out += "<td class=\"num\">\(known.count)</td><td data-value=\"\(days)\"\(style)>\(known.first.iso8601Day)</td></tr>\n"
            } else {
                out += "<td class=\"num\">0</td><td data-value=\"1e9\" class=\"muted\">none</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n"
    }

    private func numberCell(_ number: Int, _ style: String?) -> String {
        "<td class=\"num" + (number > 0 ? style.map { " " + $0 } ?? "" : "") + "\">\(number)</td>"
    }

    // MARK: Findings

    private func writeFindingGroups(_ groups: [Group], into out: inout ChunkedText) {
        let withFindings = groups.indices.filter { !groups[$0].findings.isEmpty }
        guard !withFindings.isEmpty else {
            out += "<p class=\"none\">No findings.</p>\n"
            return
        }
        let open = withFindings.count <= Self.openGroupLimit
        out += "<div class=\"groups\" data-paged=\"groups\">\n"
        for index in withFindings {
            let group = groups[index]
            let title = group.entityID.map(HTMLText.escaped) ?? "The document as a whole"
            out += "<details class=\"group\" id=\"\(anchor)-e\(index)\" data-entity=\"\(group.entityID.map(HTMLText.escaped) ?? "")\"\(open ? " open" : "")>"
                + "<summary>\(title) <span class=\"muted\">— " + HTMLSnippets.counts(group.counts) + "</span></summary>\n<ul class=\"findings\">\n"
            for position in group.findings { out += HTMLSnippets.finding(document.findings[position], ruleAnchor: anchor) }
            out += "</ul></details>\n"
        }
        out += "</div>\n"
    }

    private func writeRuleTable(into out: inout ChunkedText) {
        guard !document.findings.isEmpty else {
            out += "<p class=\"none\">No rule reported anything.</p>\n"
            return
        }
        // Updated in place (a copied Set per finding made this quadratic).
        var counts: [String: SeverityCounts] = [:]
        var entities: [String: Set<String>] = [:]
        for finding in document.findings {
            counts[finding.rule, default: SeverityCounts()].add(finding.severity)
            if let entityID = finding.entityID { entities[finding.rule, default: []].insert(entityID) }
        }
        let order = counts.keys.sorted {
            let left = counts[$0]!, right = counts[$1]!
            return (left.error, left.warning, left.info, $1) > (right.error, right.warning, right.info, $0)
        }
        out += "<table class=\"rules\">\n<thead><tr><th>Rule</th><th class=\"num\">Findings</th><th class=\"num\">Entities</th><th>What it means</th></tr></thead>\n<tbody>\n"
        for rule in order {
            let id = HTMLText.escaped(rule)
            out += "<tr id=\"\(anchor)-r-\(id)\" data-rule=\"\(id)\"><td><a class=\"rule\" href=\"#\(anchor)-findings\" data-show-rule=\"\(id)\">\(id)</a></td>"
                + "<td class=\"num\">" + HTMLSnippets.counts(counts[rule]!) + "</td><td class=\"num\">\(entities[rule]?.count ?? 0)</td><td>"
                + HTMLSnippets.explanation(of: rule) + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }
}
