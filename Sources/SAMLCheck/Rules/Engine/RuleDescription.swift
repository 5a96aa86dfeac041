/// Everything a rule says about itself: identity, default severity, where it comes from, why it
/// matters, how to fix it, and examples that the test suite runs and `samlcheck explain` prints.
public struct RuleDescription: Sendable {
    /// The stable ID from the rule catalogue, such as `EP-HTTPS`.
    public let id: String
    /// A short title.
    public let title: String
    /// The catalogue's default severity.
    public let severity: Severity
    /// Severities the rule rises to when a profile is selected (`error@saml2int`).
    public let escalations: [Profile: Severity]
    /// The profiles the rule belongs to; it runs when any of them is selected.
    public let profiles: [Profile]
    /// The clauses it comes from, with the catalogue's source keys (`META §2.3.2; CORE §1.3.2`).
    public let citation: String
    /// Why it matters, in one or two sentences.
    public let rationale: String
    /// How to fix what it reports.
    public let hint: String
    /// How to fix it in a product that writes its SP metadata from settings, under that
    /// product's profile (Mattermost: the System Console field and config key), for findings on
    /// an entity with an SPSSODescriptor.
    public let serviceProviderHints: [Profile: String]
    /// The IDs of rules whose finding on the same element this rule's finding makes redundant
    /// (it names the same cause more precisely): the report keeps only this one.
    public let supersedes: [String]
    /// The stage that reports the rule's findings, for a rule whose logic lives there rather than
    /// in its own `check` methods; nil for rules the engine runs.
    public let reportedBy: ReportingStage?
    /// Metadata that must trigger the rule, and metadata that must not. Built when first asked
    /// for (by `explain` and the tests), never during a check: they are large.
    public var examples: [RuleExample] { makeExamples() }
    private let makeExamples: @Sendable () -> [RuleExample]

    /// A rule's description: ID, title, default severity, the profiles that raise it and that turn it
    /// on, the clause it enforces, why it matters, how to fix it, and its examples.
    public init(id: String, title: String, severity: Severity, escalations: [Profile: Severity] = [:],
                profiles: [Profile], citation: String, rationale: String, hint: String,
                serviceProviderHints: [Profile: String] = [:], supersedes: [any Rule.Type] = [],
                reportedBy: ReportingStage? = nil,
                examples: @autoclosure @escaping @Sendable () -> [RuleExample]) {
        self.serviceProviderHints = serviceProviderHints
        self.supersedes = supersedes.map { $0.description.id }
        self.reportedBy = reportedBy
        self.id = id
        self.title = title
        self.severity = severity
        self.escalations = escalations
        self.profiles = profiles
        self.citation = citation
        self.rationale = rationale
        self.hint = hint
        self.makeExamples = examples
    }

    /// The catalogue's severity notation: `warning; error@saml2int, @eduGAIN`.
    public var severityNotation: String {
        guard !escalations.isEmpty else { return severity.rawValue }
        let grouped = Dictionary(grouping: escalations.keys.sorted(), by: { escalations[$0]! })
        let parts = grouped.keys.sorted(by: >).map { level in
            level.rawValue + grouped[level]!.map { "@" + $0.rawValue }.joined(separator: ", ")
        }
        return severity.rawValue + "; " + parts.joined(separator: "; ")
    }

    /// The hint for a finding on an entity that is (`isServiceProvider`) or is not an SP, under
    /// the selected profiles.
    public func hint(forServiceProvider isServiceProvider: Bool, profiles selected: Set<Profile>) -> String {
        guard isServiceProvider, !serviceProviderHints.isEmpty else { return hint }
        for (profile, productHint) in serviceProviderHints where selected.contains(profile) { return productHint }
        return hint
    }

    /// The severity a finding gets under a set of selected profiles, starting from `base` (the
    /// rule's default, or the severity the rule reported for a particular case).
    public func severity(startingFrom base: Severity, profiles selected: Set<Profile>) -> Severity {
        var result = base
        for (profile, raised) in escalations where selected.contains(profile) && raised > result { result = raised }
        return result
    }
}
