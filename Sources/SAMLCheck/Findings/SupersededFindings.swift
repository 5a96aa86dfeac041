/// Drops findings that another finding on the same element names more precisely (see
/// ``RuleDescription/supersedes``): one cause, one finding. "The same element" is the same
/// entity and line.
enum SupersededFindings {
    /// For each superseded rule ID, the IDs of the rules that supersede it.
    static let supersededBy: [String: [String]] = {
        var map: [String: [String]] = [:]
        for type in RuleRegistry.all {
            for superseded in type.description.supersedes { map[superseded, default: []].append(type.description.id) }
        }
        return map
    }()

    private struct Place: Hashable {
        var rule: String
        var entityID: String?
        var line: Int?
    }

    static func drop(from findings: [Finding]) -> [Finding] {
        let superseding = Set(supersededBy.values.joined())
        guard !superseding.isEmpty, findings.contains(where: { superseding.contains($0.rule) }) else { return findings }
        let present = Set(findings.lazy.filter { superseding.contains($0.rule) }.map { Place(rule: $0.rule, entityID: $0.entityID, line: $0.line) })
        return findings.filter { finding in
            // A failed signature verdict is never dropped.
            guard !finding.isSignatureVerdict, let rules = supersededBy[finding.rule] else { return true }
            return !rules.contains { present.contains(Place(rule: $0, entityID: finding.entityID, line: finding.line)) }
        }
    }
}
