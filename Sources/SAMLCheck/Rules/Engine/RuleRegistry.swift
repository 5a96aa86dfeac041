/// Every rule samlcheck knows, in ID order. The list is generated at build time from the rule
/// files (see Plugins/RuleListPlugin), so a rule exists by existing.
public enum RuleRegistry {
    /// All rule types, sorted by ID.
    public static let all: [any Rule.Type] = generatedRuleTypes.sorted { $0.description.id < $1.description.id }

    private static let byID: [String: any Rule.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.description.id, $0) })

    /// The rule with an ID, if there is one (IDs are matched exactly, case-insensitively as a fallback).
    public static func rule(id: String) -> (any Rule.Type)? {
        byID[id] ?? byID[id.uppercased()]
    }

    /// The description of a rule by ID. Stages that emit findings for their own rules use this.
    static func description(_ id: String) -> RuleDescription {
        guard let type = byID[id] else { preconditionFailure("rule \(id) is not in the registry") }
        return type.description
    }
}
