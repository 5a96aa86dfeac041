#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The rule catalogue as JSON (`samlcheck rules --format json`), for tools that map IDs to
/// titles, severities and citations.
public enum RuleCatalogueJSON {
    /// The rules as a JSON array, as `samlcheck rules --format json` writes them.
    public static func render(_ rules: [RuleDescription]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(rules.map(Entry.init))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// What profiles add and escalate (`samlcheck rules --profile X --format json`).
    public static func render(_ effects: [ProfileEffect]) -> String {
        struct Escalation: Encodable { let id: String; let from: Severity; let to: Severity }
        struct Effect: Encodable { let profile: String; let adds: [String]; let escalates: [Escalation] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(effects.map { effect in
            Effect(profile: effect.profile.rawValue, adds: effect.adds.map(\.id),
                   escalates: effect.escalates.map { Escalation(id: $0.rule.id, from: $0.rule.severity, to: $0.severity) })
        })
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
