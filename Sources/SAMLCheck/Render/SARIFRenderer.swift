#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// SARIF 2.1.0 (OASIS): one run whose tool.driver.rules is the rule catalogue, results with the
/// file (or URL) and line as physical location and the entity as logical location. Findings a
/// baseline suppressed are included with an external suppression, as code-scanning tools expect.
public enum SARIFRenderer {
    /// The SARIF 2.1.0 log as one string.
    public static func render(_ report: Report, run: RunDescription) -> String {
        ChunkedText.collect { write(report, run: run, to: $0) }
    }

    /// The log handed to `sink` in pieces, its results written as they go: the bytes
    /// `JSONEncoder` writes for the log's Encodable shape (`encodedWhole(_:run:)`).
    public static func write(_ report: Report, run: RunDescription, to sink: (String) -> Void) {
        ChunkedText.stream(to: sink) { write(report, run: run, into: &$0) }
    }

    static func write(_ report: Report, run: RunDescription, into out: inout ChunkedText) {
        let (shape, results) = log(report, run: run, withResults: false)
        let sarifRun = shape.runs[0]
        out += "{\n  \"$schema\" : " + PrettyJSON.string(shape.schema) + ",\n  \"runs\" : [\n    {\n"
        out += "      \"artifacts\" : " + PrettyJSON.fragment(sarifRun.artifacts, indent: 6)
        out += ",\n      \"invocations\" : " + PrettyJSON.fragment(sarifRun.invocations, indent: 6)
        out += ",\n      \"properties\" : " + PrettyJSON.fragment(sarifRun.properties, indent: 6)
        out += ",\n      \"results\" : "
        // Results are numbered across the sources; each is written from where it sits.
        let starts = results.reduce(into: [0]) { $0.append($0.last! + $1.findings.count) }
        PrettyJSON.streamArrayInParallel(into: &out, indent: 6, count: starts.last!, bytesPerItem: 1_280) { bytes, index in
            let list = starts.lastIndex { $0 <= index }!
            let source = results[list]
            appendResult(source.findings[index - starts[list]], from: source, to: &bytes)
        }
        out += ",\n      \"tool\" : " + PrettyJSON.fragment(sarifRun.tool, indent: 6)
        out += "\n    }\n  ],\n  \"version\" : " + PrettyJSON.string(shape.version) + "\n}\n"
    }

    /// The log encoded whole by `JSONEncoder`: what ``write(_:run:to:)`` must equal byte for byte.
    static func encodedWhole(_ report: Report, run: RunDescription) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(log(report, run: run, withResults: true).log), as: UTF8.self) + "\n"
    }

    private static let rules = RuleRegistry.all.map { $0.description }
    private static let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    /// Results are members of `runs[0].results`: indented by 8.
    private static let resultLayout = SARIFResultLayout(indent: 8, ruleIndex: ruleIndex)

    /// Where results come from: a list of findings (shared, never copied one by one: a large
    /// aggregate has 68,000), whether a baseline suppressed them, and their document's artifact;
    /// for pair findings, which sit in either document, each finding's own artifact and the other
    /// side's as related location. A class: each of the 68,000 results reads its source, and
    /// a struct's copy would retain each of its members.
    private final class ResultSource: Sendable {
        let findings: [Finding]
        let suppressed: Bool
        let artifact: SARIFArtifactLocation?
        let locate: @Sendable (Finding) -> (artifact: SARIFArtifactLocation, related: SARIFArtifactLocation?)
        /// The artifact location as a result writes it, when all results share it.
        let artifactBytes: [UInt8]?

        init(findings: [Finding], suppressed: Bool, artifact: SARIFArtifactLocation?,
             locate: @escaping @Sendable (Finding) -> (artifact: SARIFArtifactLocation, related: SARIFArtifactLocation?)) {
            self.findings = findings
            self.suppressed = suppressed
            self.artifact = artifact
            self.locate = locate
            artifactBytes = artifact.map { resultLayout.artifactBytes(uri: $0.uri, index: $0.index) }
        }

        func place(of finding: Finding) -> (artifact: SARIFArtifactLocation, related: SARIFArtifactLocation?) {
            artifact.map { ($0, nil) } ?? locate(finding)
        }
    }

    /// The log's shape (with its results when asked), and where its results come from.
    private static func log(_ report: Report, run: RunDescription, withResults: Bool) -> (log: SARIFLog, results: [ResultSource]) {
        let artifacts = report.documents.map { SARIFArtifact(location: SARIFArtifactLocation(uri: uri(for: $0.source), index: nil)) }
        var sources: [ResultSource] = []
        for (documentIndex, document) in report.documents.enumerated() {
            let location = SARIFArtifactLocation(uri: uri(for: document.source), index: documentIndex)
            for (findings, suppressed) in [(document.findings, false), (document.suppressed, true)] {
                sources.append(ResultSource(findings: findings, suppressed: suppressed, artifact: location, locate: { _ in (location, nil) }))
            }
        }
        // A pair finding is located in its own document, with the other side's element as a related location.
        if let pair = report.pair {
            let documentSources = report.documents.map(\.source)
            let locate: @Sendable (Finding) -> (artifact: SARIFArtifactLocation, related: SARIFArtifactLocation?) = { finding in
                func artifact(_ source: String?) -> SARIFArtifactLocation {
                    SARIFArtifactLocation(uri: uri(for: source ?? ""), index: documentSources.firstIndex { $0 == source })
                }
                return (artifact(finding.document), finding.related.map { artifact($0.document) })
            }
            for (findings, suppressed) in [(pair.findings, false), (pair.suppressed, true)] {
                sources.append(ResultSource(findings: findings, suppressed: suppressed, artifact: nil, locate: locate))
            }
        }
        let results: [SARIFResult] = withResults
            ? sources.flatMap { source -> [SARIFResult] in
                source.findings.map { finding -> SARIFResult in
                    let place = source.place(of: finding)
                    return SARIFResult(finding, artifact: place.artifact, related: place.related, ruleIndex: ruleIndex[finding.rule], suppressed: source.suppressed)
                }
            }
            : []
        let log = SARIFLog(runs: [SARIFRun(
            tool: SARIFTool(driver: SARIFDriver(name: "samlcheck", version: run.toolVersion, semanticVersion: run.toolVersion,
                                                rules: rules.map(SARIFRule.init))),
            artifacts: artifacts,
            results: results,
            invocations: [SARIFInvocation(
                executionSuccessful: !report.hasUnreadableDocuments,
                toolExecutionNotifications: report.documents.compactMap { document in
                    document.unreadable.map { SARIFNotification(level: "error", message: SARIFText(text: "\(document.source) could not be read: \($0)")) }
                })],
            properties: SARIFRunProperties(now: run.now.iso8601, profiles: run.profiles.sorted().map(\.rawValue)))])
        return (log, sources)
    }

    /// One result as ``SARIFResult`` encodes it (keys in sorted order, nil members left out),
    /// written from the layout's unchanging runs and the finding's values: a large aggregate's
    /// log has 68,000.
    private static func appendResult(_ finding: borrowing Finding, from source: ResultSource, to out: inout JSONBytes) {
        let layout = resultLayout
        out.append(layout.opening(for: finding.severity))
        if finding.entityID != nil || finding.path != nil {
            out.append(layout.logicalOpening)
            if let entityID = finding.entityID {
                out.append(layout.entityOpening)
                out.string(entityID)
                out.append(finding.path != nil ? layout.entityClosingBeforePath : layout.entityClosing)
            }
            if let path = finding.path {
                out.append(layout.pathOpening)
                out.string(path)
                out.append(layout.pathClosing)
            }
            out.append(layout.logicalClosing)
        }
        out.append(layout.physicalOpening)
        // Located one by one only for a pair finding, whose place depends on it.
        var relatedArtifact: SARIFArtifactLocation?
        if let artifact = source.artifactBytes {
            out.append(artifact)
        } else {
            let place = source.locate(copy finding)
            out.append(layout.artifactBytes(uri: place.artifact.uri, index: place.artifact.index))
            relatedArtifact = place.related
        }
        if let startLine = finding.line, startLine > 0 {
            out.append(layout.regionOpening)
            out.int(startLine)
            out.append(layout.regionClosing)
        }
        out.append(layout.messageOpening)
        out.string(finding.message)
        out.append(layout.fingerprintOpening)
        out += finding.fingerprint
        out.append(layout.fingerprintClosing)
        if let related = finding.related, let relatedArtifact {
            out += ","
            out.newline(layout.indent + 2)
            out += "\"relatedLocations\" : " + PrettyJSON.fragment([SARIFRelatedLocation(related, artifact: relatedArtifact)], indent: layout.indent + 2)
        }
        if let ruleLines = layout.ruleLines[finding.rule] {
            out.append(ruleLines)
        } else {
            out += ","
            out.newline(layout.indent + 2)
            out += "\"ruleId\" : "
            out.string(finding.rule)
        }
        if source.suppressed {
            out += ","
            out.newline(layout.indent + 2)
            out += "\"suppressions\" : " + PrettyJSON.fragment([SARIFSuppression()], indent: layout.indent + 2)
        }
        out.append(layout.closing)
    }

    /// SARIF level for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A URI reference for a source: URLs as they are, absolute paths as file: URIs, relative
    /// paths percent-encoded (code-scanning services resolve them against the repository).
    static func uri(for source: String) -> String {
        if source.contains("://") { return source }
        let encoded = percentEncodedPath(source)
        return source.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func percentEncodedPath(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let unreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/")].contains(byte)
            if unreserved {
                result.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = Array("0123456789ABCDEF")
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}

private struct SARIFLog: Encodable {
    let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    let version = "2.1.0"
    let runs: [SARIFRun]

    enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
}

private struct SARIFRun: Encodable {
    let tool: SARIFTool
    let artifacts: [SARIFArtifact]
    let results: [SARIFResult]
    let invocations: [SARIFInvocation]
    let properties: SARIFRunProperties
}

private struct SARIFRunProperties: Encodable {
    let now: String
    let profiles: [String]
}

private struct SARIFInvocation: Encodable {
    let executionSuccessful: Bool
    /// Inputs that could not be read (absent when none).
    let toolExecutionNotifications: [SARIFNotification]

    enum CodingKeys: String, CodingKey { case executionSuccessful, toolExecutionNotifications }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(executionSuccessful, forKey: .executionSuccessful)
        if !toolExecutionNotifications.isEmpty { try container.encode(toolExecutionNotifications, forKey: .toolExecutionNotifications) }
    }
}

private struct SARIFNotification: Encodable {
    let level: String
    let message: SARIFText
}

private struct SARIFTool: Encodable {
    let driver: SARIFDriver
}

private struct SARIFDriver: Encodable {
    let name: String
    let version: String
    let semanticVersion: String
    let rules: [SARIFRule]
}

private struct SARIFText: Encodable {
    let text: String
    var markdown: String?
}

private struct SARIFRule: Encodable {
    let id: String
    let name: String
    let shortDescription: SARIFText
    let fullDescription: SARIFText
    let help: SARIFText
    let defaultConfiguration: SARIFConfiguration
    let properties: SARIFRuleProperties

    init(_ rule: RuleDescription) {
        id = rule.id
        // SARIF recommends an identifier-like name; the ID without dashes, in words, serves.
        name = rule.id.split(separator: "-").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined()
        shortDescription = SARIFText(text: rule.title)
        fullDescription = SARIFText(text: rule.rationale)
        help = SARIFText(text: "\(rule.hint)\n\nSource: \(rule.citation)",
                         markdown: "**How to fix:** \(rule.hint)\n\n**Source:** \(rule.citation)\n\n`samlcheck explain \(rule.id)` shows examples.")
        defaultConfiguration = SARIFConfiguration(level: SARIFRenderer.level(rule.severity))
        properties = SARIFRuleProperties(tags: rule.profiles.map(\.rawValue), severity: rule.severityNotation, citation: rule.citation)
    }
}

private struct SARIFConfiguration: Encodable {
    let level: String
}

private struct SARIFRuleProperties: Encodable {
    let tags: [String]
    let severity: String
    let citation: String
}

private struct SARIFArtifact: Encodable {
    let location: SARIFArtifactLocation
}

private struct SARIFArtifactLocation: Encodable {
    let uri: String
    let index: Int?
}

private struct SARIFRegion: Encodable {
    let startLine: Int
}

private struct SARIFPhysicalLocation: Encodable {
    let artifactLocation: SARIFArtifactLocation
    let region: SARIFRegion?
}

private struct SARIFLogicalLocation: Encodable {
    var name: String?
    var fullyQualifiedName: String?
    let kind: String
}

private struct SARIFLocation: Encodable {
    let physicalLocation: SARIFPhysicalLocation
    let logicalLocations: [SARIFLogicalLocation]?
}

private struct SARIFSuppression: Encodable {
    let kind = "external"
    let status = "accepted"
    let justification = "Recorded in the samlcheck baseline."
}

private struct SARIFRelatedLocation: Encodable {
    let id: Int
    let physicalLocation: SARIFPhysicalLocation
    let message: SARIFText

    /// The other side of a pair finding.
    init(_ place: FindingPlace, artifact: SARIFArtifactLocation) {
        id = 1
        physicalLocation = SARIFPhysicalLocation(artifactLocation: artifact, region: place.line.flatMap { $0 > 0 ? SARIFRegion(startLine: $0) : nil })
        message = SARIFText(text: "The other side: \(place.entityID ?? place.document)")
    }
}

private struct SARIFResult: Encodable {
    let ruleId: String
    let ruleIndex: Int?
    let level: String
    let message: SARIFText
    let locations: [SARIFLocation]
    /// For a pair finding: the element on the other side.
    var relatedLocations: [SARIFRelatedLocation]?
    let partialFingerprints: [String: String]
    let suppressions: [SARIFSuppression]?

    init(_ finding: Finding, artifact: SARIFArtifactLocation, related: SARIFArtifactLocation?, ruleIndex: Int?, suppressed: Bool) {
        ruleId = finding.rule
        if let place = finding.related, let related { relatedLocations = [SARIFRelatedLocation(place, artifact: related)] }
        self.ruleIndex = ruleIndex
        level = SARIFRenderer.level(finding.severity)
        message = SARIFText(text: finding.message)
        var logical: [SARIFLogicalLocation] = []
        if let entityID = finding.entityID { logical.append(SARIFLogicalLocation(name: entityID, fullyQualifiedName: nil, kind: "object")) }
        if let path = finding.path { logical.append(SARIFLogicalLocation(name: nil, fullyQualifiedName: path, kind: "element")) }
        locations = [SARIFLocation(
            physicalLocation: SARIFPhysicalLocation(artifactLocation: artifact, region: finding.line.flatMap { $0 > 0 ? SARIFRegion(startLine: $0) : nil }),
            logicalLocations: logical.isEmpty ? nil : logical)]
        partialFingerprints = ["samlcheck/v1": finding.fingerprint]
        suppressions = suppressed ? [SARIFSuppression()] : nil
    }
}
