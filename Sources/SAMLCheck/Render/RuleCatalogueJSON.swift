#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rule catalogue as JSON (`samlcheck rules --format json`), for tools that map IDs to
/// titles, severities and citations.
public enum RuleCatalogueJSON {
    public static func render(_ rules: [RuleDescription]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(rules.map(Entry.init))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Entry: Encodable {
        let id: String
        let title: String
        let severity: Severity
        let severityNotation: String
        let escalations: [String: Severity]
        let profiles: [String]
        let citation: String
        let rationale: String
        let hint: String

        init(_ rule: RuleDescription) {
            id = rule.id
            title = rule.title
            severity = rule.severity
            severityNotation = rule.severityNotation
            escalations = Dictionary(uniqueKeysWithValues: rule.escalations.map { ($0.key.rawValue, $0.value) })
            profiles = rule.profiles.map(\.rawValue)
            citation = rule.citation
            rationale = rule.rationale
            hint = rule.hint
        }
    }
}
