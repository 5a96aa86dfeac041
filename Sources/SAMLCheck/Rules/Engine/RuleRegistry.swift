/// Every rule samlcheck knows, in ID order. The list is generated at build time from the rule
/// files (see Plugins/RuleListPlugin), so a rule exists by existing.
public enum RuleRegistry {
    /// All rule types, sorted by ID.
    public static let all: [any Rule.Type] = generatedRuleTypes.sorted { $0.description.id < $1.description.id }

    private static let byID: [String: any Rule.Type] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.description.id, $0) })

    /// The rule with an ID, if there is one (IDs are matched exactly, case-insensitively as a
    /// fallback, and surrounding spaces do not matter).
    public static func rule(id: String) -> (any Rule.Type)? {
        if let exact = byID[id] { return exact }
        let normalized = String(id.unicodeScalars.filter { $0 != " " && $0 != "\t" }).uppercased()
        return byID[normalized]
    }

    /// The IDs closest to a mistyped one (edit distance, or a shared stem), best first.
    public static func suggestions(for id: String, limit: Int = 3) -> [String] {
        let wanted = Array(id.uppercased().utf8)
        let ranked = all.map { type -> (id: String, distance: Int) in
            let candidate = type.description.id
            return (candidate, EditDistance.between(wanted, Array(candidate.utf8)))
        }
        let tolerance = max(2, wanted.count / 3)
        let best = ranked.map(\.distance).min() ?? Int.max
        let close = ranked.filter { $0.distance <= tolerance && $0.distance == best }.sorted { $0.id < $1.id }.map(\.id)
        if !close.isEmpty { return Array(close.prefix(limit)) }
        let needle = id.uppercased()
        guard needle.count >= 3 else { return [] }
        return Array(all.map { $0.description.id }.filter { $0.contains(needle) || (!$0.isEmpty && needle.contains($0)) }.prefix(limit))
    }

    /// "unknown rule ID 'X'; did you mean Y? (see samlcheck rules)".
    public static func unknownIDMessage(_ id: String) -> String {
        let nearest = suggestions(for: id)
        let hint = nearest.isEmpty ? "" : "; did you mean \(nearest.joined(separator: " or "))?"
        return "unknown rule ID '\(id)'\(hint) (samlcheck rules lists them all)"
    }
}
