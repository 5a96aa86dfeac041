#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON report: stable keys, sorted, nulls written out, byte-identical for the same input
/// and clock. Its shape is documented in README ("JSON output").
public enum JSONRenderer {
    public static func render(_ report: Report, run: RunDescription) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(JSONReport(report: report, run: run))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct JSONReport: Encodable {
        let tool: Tool
        let now: String
        let profiles: [String]
        let documents: [Document]
        let summary: Summary
        /// Only in Mattermost reports (an absent optional is not written).
        let mattermost: MattermostSummary?

        init(report: Report, run: RunDescription) {
            mattermost = report.mattermost
            tool = Tool(name: "samlcheck", version: run.toolVersion)
            now = run.now.iso8601
            profiles = run.profiles.sorted().map(\.rawValue)
            documents = report.documents.map(Document.init)
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
        let unreadable: String?

        init(_ document: DocumentReport) {
            fetch = document.fetch
            unreadable = document.unreadable
            source = document.source
            root = document.root
            entityCount = document.entityCount
            signature = document.signature
            findings = document.findings.map(JSONFinding.init)
            let counts = document.counts
            summary = Summary(documents: nil, entities: document.entityCount, error: counts.error, warning: counts.warning, info: counts.info,
                              suppressed: document.suppressed.count)
        }

        enum CodingKeys: String, CodingKey { case source, root, entityCount, signature, findings, summary, fetch, unreadable }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(source, forKey: .source)
            try container.encode(root, forKey: .root)
            try container.encode(entityCount, forKey: .entityCount)
            try container.encode(signature, forKey: .signature)
            try container.encode(findings, forKey: .findings)
            try container.encode(summary, forKey: .summary)
            try container.encode(fetch, forKey: .fetch)
            // Only on a document that could not be read (the key is absent otherwise).
            try container.encodeIfPresent(unreadable, forKey: .unreadable)
        }
    }

    /// A finding with every key present (null when unknown), so consumers can rely on the shape.
    private struct JSONFinding: Encodable {
        let finding: Finding

        enum CodingKeys: String, CodingKey { case rule, severity, message, entityID, line, path, hint, fingerprint }

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
        }
    }
}
