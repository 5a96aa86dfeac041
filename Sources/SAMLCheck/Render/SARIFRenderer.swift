#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// SARIF 2.1.0 (OASIS): one run whose tool.driver.rules is the rule catalogue, results with the
/// file (or URL) and line as physical location and the entity as logical location. Findings a
/// baseline suppressed are included with an external suppression, as code-scanning tools expect.
public enum SARIFRenderer {
    public static func render(_ report: Report, run: RunDescription) -> String {
        let rules = RuleRegistry.all.map { $0.description }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let artifacts = report.documents.map { SARIFArtifact(location: SARIFArtifactLocation(uri: uri(for: $0.source), index: nil)) }
        var results: [SARIFResult] = []
        for (documentIndex, document) in report.documents.enumerated() {
            let location = SARIFArtifactLocation(uri: uri(for: document.source), index: documentIndex)
            for finding in document.findings {
                results.append(SARIFResult(finding, artifact: location, ruleIndex: ruleIndex[finding.rule], suppressed: false))
            }
            for finding in document.suppressed {
                results.append(SARIFResult(finding, artifact: location, ruleIndex: ruleIndex[finding.rule], suppressed: true))
            }
        }
        // A pair finding is located in its own document, with the other side's element as a related location.
        if let pair = report.pair {
            func artifact(_ source: String?) -> SARIFArtifactLocation {
                let index = report.documents.firstIndex { $0.source == source }
                return SARIFArtifactLocation(uri: uri(for: source ?? ""), index: index)
            }
            for (finding, suppressed) in pair.findings.map({ ($0, false) }) + pair.suppressed.map({ ($0, true) }) {
                var result = SARIFResult(finding, artifact: artifact(finding.document), ruleIndex: ruleIndex[finding.rule], suppressed: suppressed)
                if let related = finding.related {
                    result.relatedLocations = [SARIFRelatedLocation(
                        id: 1, physicalLocation: SARIFPhysicalLocation(artifactLocation: artifact(related.document),
                                                                       region: related.line.flatMap { $0 > 0 ? SARIFRegion(startLine: $0) : nil }),
                        message: SARIFText(text: "The other side: \(related.entityID ?? related.document)"))]
                }
                results.append(result)
            }
        }
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(log), as: UTF8.self) + "\n"
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

    init(_ finding: Finding, artifact: SARIFArtifactLocation, ruleIndex: Int?, suppressed: Bool) {
        ruleId = finding.rule
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
