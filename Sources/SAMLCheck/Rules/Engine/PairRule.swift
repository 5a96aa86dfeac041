/// A rule about an SP and an IdP together (`samlcheck pair`). It is an ordinary ``Rule`` (it
/// describes itself, `explain` prints it, its examples run), whose examples are pairs of
/// documents, and which the pair diagnosis calls with both sides.
public protocol PairRule: Rule {
    func check(pair: SSOPair, context: inout PairContext)
}

/// Collects the findings of the pair rules, graded by the run's settings. Each finding is
/// reported at an element of one side and names the element of the other.
public struct PairContext {
    /// An element of one side (nil position: the side's entity).
    public enum Place {
        case sp(SourcePosition?)
        case idp(SourcePosition?)
    }

    let pair: SSOPair
    let settings: RuleSettings
    var rule: RuleDescription
    private(set) var findings: [Finding] = []
    private(set) var notChecked: [PairSummary.NotChecked] = []

    init(pair: SSOPair, settings: RuleSettings, rule: RuleDescription) {
        self.pair = pair
        self.settings = settings
        self.rule = rule
    }

    /// The run's thresholds.
    public var thresholds: Thresholds { settings.thresholds }

    /// Reports at `place`, naming `related` on the other side.
    public mutating func report(_ message: String, at place: Place, related: Place, severity: Severity? = nil, hint: String? = nil) {
        let (side, position) = resolve(place)
        let (otherSide, otherPosition) = resolve(related)
        var finding = settings.finding(of: rule, message, severity: severity, entityID: side.entity.entityID,
                                       line: position.line > 0 ? position.line : nil, path: side.document.path(of: position), hint: hint)
        finding.document = side.source
        finding.related = FindingPlace(document: otherSide.source, entityID: otherSide.entity.entityID,
                                       line: otherPosition.line > 0 ? otherPosition.line : nil, path: otherSide.document.path(of: otherPosition))
        findings.append(finding)
    }

    /// Says that the rule could not run for want of input, and what to give.
    public mutating func notChecked(_ reason: String) {
        notChecked.append(PairSummary.NotChecked(rule: rule.id, reason: reason))
    }

    private func resolve(_ place: Place) -> (PairSide, SourcePosition) {
        switch place {
        case .sp(let position): return (pair.sp, position ?? pair.sp.role.position)
        case .idp(let position): return (pair.idp, position ?? pair.idp.role.position)
        }
    }
}
