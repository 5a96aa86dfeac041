/// How serious a finding is, as the rule catalogue defines it.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Advisory: an explanation or a note (for instance which ACS is the effective default).
    case info
    /// A SHOULD is violated, a MUST of a profile not selected, or an operational risk.
    case warning
    /// A MUST of SAML 2.0 (or of a selected profile) is violated, SSO will fail, or an attack is open.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    /// `info` < `warning` < `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
