/// Drops findings that another finding on the same element names more precisely (see
/// ``RuleDescription/supersedes``): one cause, one finding. "The same element" is the same
/// entity, line and element, so elements that share a line (metadata on one line) stay apart.
/// The finding kept takes the higher severity of the two, so folding never changes an exit code.
enum SupersededFindings {
    /// For each superseded rule ID, the IDs of the rules that supersede it.
    static let supersededBy: [String: [String]] = {
        var map: [String: [String]] = [:]
        for type in RuleRegistry.all {
            for superseded in type.description.supersedes { map[superseded, default: []].append(type.description.id) }
        }
        return map
    }()

    /// The IDs of the rules that supersede another.
    private static let superseding = Set(supersededBy.values.joined())

    private struct Place: Hashable {
        var rule: String
        var entityID: String?
        var line: Int?
        var element: ElementIdentity

        init(rule: String, of finding: Finding) {
            self.rule = rule
            entityID = finding.entityID
            line = finding.line
            element = finding.element
        }
    }

    static func drop(from findings: [Finding]) -> [Finding] {
        guard !superseding.isEmpty, findings.contains(where: { superseding.contains($0.rule) }) else { return findings }
        var keepers: [Place: Int] = [:]
        for (index, finding) in findings.enumerated() where superseding.contains(finding.rule) {
            keepers[Place(rule: finding.rule, of: finding)] = index
        }
        var result = findings
        var dropped = Array(repeating: false, count: findings.count)
        for (index, finding) in findings.enumerated() {
            // A failed signature verdict is never dropped.
            guard !finding.isSignatureVerdict, let rules = supersededBy[finding.rule],
                  let keeper = rules.lazy.compactMap({ keepers[Place(rule: $0, of: finding)] }).first else { continue }
            dropped[index] = true
            if finding.severity > result[keeper].severity { result[keeper].severity = finding.severity }
        }
        return result.indices.filter { !dropped[$0] }.map { result[$0] }
    }
}
