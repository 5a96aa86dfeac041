#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON report: stable keys, sorted, nulls written out, byte-identical for the same input
/// and clock. Its shape is documented in README ("JSON output").
public enum JSONRenderer {
    /// The JSON report as one string.
    public static func render(_ report: Report, run: RunDescription) -> String {
        ChunkedText.collect { write(report, run: run, to: $0) }
    }

    /// The same report handed to `sink` in pieces of about 64 KiB, written as it goes (a large
    /// aggregate's 68,000 findings are never encoded whole); the bytes are those `JSONEncoder`
    /// writes for the report's Encodable shape below (`encodedWhole(_:run:)`).
    public static func write(_ report: Report, run: RunDescription, to sink: (String) -> Void) {
        ChunkedText.stream(to: sink) { write(report, run: run, into: &$0) }
    }

    static func write(_ report: Report, run: RunDescription, into out: inout ChunkedText) {
        let shape = JSONReport(report: report, run: run, withDocuments: false)
        out += "{\n  \"documents\" : "
        PrettyJSON.streamArray(into: &out, indent: 2, count: report.documents.count) { out, index in
            writeDocument(report.documents[index], into: &out, indent: 4)
        }
        if let mattermost = shape.mattermost { out += ",\n  \"mattermost\" : " + PrettyJSON.fragment(mattermost, indent: 2) }
        out += ",\n  \"now\" : " + PrettyJSON.string(shape.now)
        if let pair = shape.pair { out += ",\n  \"pair\" : " + PrettyJSON.fragment(pair, indent: 2) }
        out += ",\n  \"profiles\" : " + PrettyJSON.fragment(shape.profiles, indent: 2)
        out += ",\n  \"summary\" : " + PrettyJSON.fragment(shape.summary, indent: 2)
        out += ",\n  \"tool\" : " + PrettyJSON.fragment(shape.tool, indent: 2)
        out += "\n}\n"
    }

    /// The report encoded whole by `JSONEncoder`: what ``write(_:run:to:)`` must equal byte for byte.
    static func encodedWhole(_ report: Report, run: RunDescription) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(JSONReport(report: report, run: run))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One document object, its findings streamed (keys in JSONEncoder's sorted order).
    private static func writeDocument(_ document: DocumentReport, into out: inout ChunkedText, indent: Int) {
        let member = PrettyJSON.pad(indent + 2)
        let shape = Document(document, withFindings: false)
        out += "{\n" + member + "\"entityCount\" : " + String(shape.entityCount)
        out += ",\n" + member + "\"fetch\" : " + PrettyJSON.fragment(shape.fetch, indent: indent + 2)
        out += ",\n" + member + "\"findings\" : "
        let findings = document.findings
        PrettyJSON.streamArrayInParallel(into: &out, indent: indent + 2, count: findings.count) { bytes, index in
            appendFinding(findings[index], indent: indent + 4, to: &bytes)
        }
        if let message = shape.message { out += ",\n" + member + "\"message\" : " + PrettyJSON.fragment(message, indent: indent + 2) }
        if let refresh = shape.refresh { out += ",\n" + member + "\"refresh\" : " + PrettyJSON.fragment(refresh, indent: indent + 2) }
        out += ",\n" + member + "\"root\" : " + PrettyJSON.string(shape.root)
        out += ",\n" + member + "\"signature\" : " + PrettyJSON.fragment(shape.signature, indent: indent + 2)
        out += ",\n" + member + "\"source\" : " + PrettyJSON.string(shape.source)
        out += ",\n" + member + "\"summary\" : " + PrettyJSON.fragment(shape.summary, indent: indent + 2)
        if let unreadable = shape.unreadable { out += ",\n" + member + "\"unreadable\" : " + PrettyJSON.string(unreadable) }
        out += "\n" + PrettyJSON.pad(indent) + "}"
    }

    /// A finding as ``JSONFinding`` encodes it, written piece by piece (68,000 of them in a
    /// large aggregate's report).
    static func appendFinding(_ finding: borrowing Finding, indent: Int, to out: inout JSONBytes) {
        func member(_ key: String) {
            out += ","
            out.newline(indent + 2)
            out += key
        }
        out += "{\n"
        out.pad(indent + 2)
        if let document = finding.document {
            out += "\"document\" : "
            out.string(document)
            member("\"entityID\" : ")
        } else {
            out += "\"entityID\" : "
        }
        out.string(finding.entityID)
        member("\"fingerprint\" : \"")
        out += finding.fingerprint
        out += "\""
        member("\"hint\" : ")
        out.string(finding.hint)
        member("\"line\" : ")
        out.int(finding.line)
        member("\"message\" : ")
        out.string(finding.message)
        member("\"path\" : ")
        out.string(finding.path)
        if let related = finding.related {
            member("\"related\" : ")
            out += PrettyJSON.fragment(related, indent: indent + 2)
        }
        member("\"rule\" : ")
        out.string(finding.rule)
        member("\"severity\" : \"")
        out += finding.severity.rawValue
        out += "\"\n"
        out.pad(indent)
        out += "}"
    }

    private struct JSONReport: Encodable {
        let tool: Tool
        let now: String
        let profiles: [String]
        let documents: [Document]
        let summary: Summary
        /// Only in Mattermost reports (an absent optional is not written).
        let mattermost: MattermostSummary?
        /// Only in pair reports.
        let pair: Pair?

        init(report: Report, run: RunDescription, withDocuments: Bool = true) {
            mattermost = report.mattermost
            pair = report.pair.map(Pair.init)
            tool = Tool(name: "samlcheck", version: run.toolVersion)
            now = run.now.iso8601
            profiles = run.profiles.sorted().map(\.rawValue)
            documents = withDocuments ? report.documents.map { Document($0) } : []
            let counts = report.counts
            summary = Summary(documents: report.documents.count, entities: report.documents.reduce(0) { $0 + $1.entityCount },
                              error: counts.error, warning: counts.warning, info: counts.info, suppressed: report.suppressedCount)
        }
    }

    private struct Tool: Encodable {
        let name: String
        let version: String
    }

    private struct Summary: Encodable {
        var documents: Int?
        var entities: Int
        var error: Int
        var warning: Int
        var info: Int
        /// Findings a baseline suppressed (not counted above).
        var suppressed: Int
    }

    private struct Document: Encodable {
        let source: String
        let root: String?
        let entityCount: Int
        let signature: SignatureSummary
        let findings: [JSONFinding]
        let summary: Summary
        let fetch: FetchRecord?
        let refresh: RefreshRecord?
        let unreadable: String?
        let message: MessageSummary?

        init(_ document: DocumentReport, withFindings: Bool = true) {
            message = document.message
            fetch = document.fetch
            refresh = document.refresh
            unreadable = document.unreadable
            source = document.source
            root = document.root
            entityCount = document.entityCount
            signature = document.signature
            findings = withFindings ? document.findings.map(JSONFinding.init) : []
            let counts = document.counts
            summary = Summary(documents: nil, entities: document.entityCount, error: counts.error, warning: counts.warning, info: counts.info,
                              suppressed: document.suppressed.count)
        }

        enum CodingKeys: String, CodingKey { case source, root, entityCount, signature, findings, summary, fetch, refresh, unreadable, message }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(root, forKey: .root)
            try container.encode(entityCount, forKey: .entityCount)
            try container.encode(signature, forKey: .signature)
            try container.encode(findings, forKey: .findings)
            try container.encode(summary, forKey: .summary)
            try container.encode(fetch, forKey: .fetch)
            // Only for a source fetched with a state directory (the key is absent otherwise).
            try container.encodeIfPresent(refresh, forKey: .refresh)
            // Only on a document that could not be read (the key is absent otherwise).
            try container.encodeIfPresent(unreadable, forKey: .unreadable)
            // Only on a message's report.
            try container.encodeIfPresent(message, forKey: .message)
        }
    }

    /// `samlcheck pair`'s object: the sides, the verdict, the pair's findings, its keys.
    private struct Pair: Encodable {
        let sp: PairSummary.Side
        let idp: PairSummary.Side
        let verdict: PairSummary.Verdict
        /// The first error about the pair (why it will fail), or null.
        let reason: JSONFinding?
        let findings: [JSONFinding]
        let keys: [PairSummary.Key]
        let notChecked: [PairSummary.NotChecked]
        let summary: Summary

        init(_ pair: PairSummary) {
            sp = pair.sp
            idp = pair.idp
            verdict = pair.verdict
            reason = pair.reason.map(JSONFinding.init)
            findings = pair.findings.map(JSONFinding.init)
            keys = pair.keys
            notChecked = pair.notChecked
            let counts = SeverityCounts(pair.findings)
            summary = Summary(documents: nil, entities: 2, error: counts.error, warning: counts.warning, info: counts.info,
                              suppressed: pair.suppressed.count)
        }

        enum CodingKeys: String, CodingKey { case sp, idp, verdict, reason, findings, keys, notChecked, summary }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sp, forKey: .sp)
            try container.encode(idp, forKey: .idp)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(reason, forKey: .reason)
            try container.encode(findings, forKey: .findings)
            try container.encode(keys, forKey: .keys)
            try container.encode(notChecked, forKey: .notChecked)
            try container.encode(summary, forKey: .summary)
        }
    }

    /// A finding with every key present (null when unknown), so consumers can rely on the shape;
    /// a pair finding adds `document` and `related` (the other side's element).
    private struct JSONFinding: Encodable {
        let finding: Finding

        enum CodingKeys: String, CodingKey { case rule, severity, message, entityID, line, path, hint, fingerprint, document, related }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(finding.rule, forKey: .rule)
            try container.encode(finding.severity, forKey: .severity)
            try container.encode(finding.message, forKey: .message)
            try container.encode(finding.entityID, forKey: .entityID)
            try container.encode(finding.line, forKey: .line)
            try container.encode(finding.path, forKey: .path)
            try container.encode(finding.hint, forKey: .hint)
            try container.encode(finding.fingerprint, forKey: .fingerprint)
            try container.encodeIfPresent(finding.document, forKey: .document)
            try container.encodeIfPresent(finding.related, forKey: .related)
        }
    }
}
