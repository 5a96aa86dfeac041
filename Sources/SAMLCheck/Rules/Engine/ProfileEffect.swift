/// What selecting a profile changes, for `samlcheck rules --profile X`: the rules it turns on
/// (those that run under no default profile) and the severities it raises. Federation operators
/// choose a profile by this.
public struct ProfileEffect: Sendable {
    /// A rule whose severity the profile raises, and to what.
    public struct Escalation: Sendable {
        /// The rule.
        public let rule: RuleDescription
        /// The severity the profile raises it to.
        public let severity: Severity
    }

    /// The profile described.
    public let profile: Profile
    /// Rules the profile turns on: in the profile and in none of the defaults (for a default
    /// profile itself: every rule that is in it).
    public let adds: [RuleDescription]
    /// Rules whose severity the profile raises above their default.
    public let escalates: [Escalation]

    /// What selecting `profile` changes among `rules`.
    public init(_ profile: Profile, rules: [RuleDescription]) {
        self.profile = profile
        let isDefault = Profile.defaults.contains(profile)
        adds = rules.filter { rule in
            rule.profiles.contains(profile) && (isDefault || !rule.profiles.contains { Profile.defaults.contains($0) })
        }
        var escalates: [Escalation] = []
        for rule in rules {
            if let raised = rule.escalations[profile], raised > rule.severity { escalates.append(Escalation(rule: rule, severity: raised)) }
        }
        self.escalates = escalates
    }

    /// The effect on samlcheck's own rules.
    public init(_ profile: Profile) {
        self.init(profile, rules: RuleRegistry.all.map { $0.description })
    }
}
