#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which rules run and how their findings are graded.
public struct RuleSettings: Sendable, Hashable {
    /// The clock rules compare dates with.
    public var now: Date
    /// Selected profiles (the defaults plus any `--profile`).
    public var profiles: Set<Profile>
    /// Severity per rule ID, replacing the catalogue's (from configuration).
    public var severityOverrides: [String: Severity]
    /// Rule IDs turned off.
    public var disabledRules: Set<String>
    /// Rule IDs turned on even when none of their profiles is selected.
    public var enabledRules: Set<String>
    /// The configurable numbers rules compare with (``Thresholds``).
    public var thresholds: Thresholds
    /// Lists of known-compromised RSA keys CERT-KEY-COMPROMISED looks keys up in: the shipped
    /// ones, and any an operator adds (`--weak-keys`, `weakKeys`).
    public var weakKeyLists: [WeakKeyList] = WeakKeyList.shipped
    /// What the operator says about the federation and the deployment, for the rules that compare
    /// metadata with it.
    public var inputs = PolicyInputs()

    /// Settings judging dates by `now`, with the default profiles and the catalogue's severities unless given.
    public init(now: Date, profiles: Set<Profile> = Profile.defaults, severityOverrides: [String: Severity] = [:],
                disabledRules: Set<String> = [], enabledRules: Set<String> = [], thresholds: Thresholds = Thresholds()) {
        self.now = now
        self.profiles = profiles
        self.severityOverrides = severityOverrides
        self.disabledRules = disabledRules
        self.enabledRules = enabledRules
        self.thresholds = thresholds
    }

    /// Whether a rule runs under these settings.
    public func isEnabled(_ rule: RuleDescription) -> Bool {
        if disabledRules.contains(rule.id) { return false }
        if enabledRules.contains(rule.id) { return true }
        return rule.profiles.contains(where: profiles.contains)
    }

    /// The severity a finding of `rule` gets, from the severity the rule reported.
    public func severity(of rule: RuleDescription, reported: Severity) -> Severity {
        // Asked once per finding: skip hashing the ID when nothing is overridden (the usual case).
        if !severityOverrides.isEmpty, let override = severityOverrides[rule.id] { return override }
        return rule.severity(startingFrom: reported, profiles: profiles)
    }
}
