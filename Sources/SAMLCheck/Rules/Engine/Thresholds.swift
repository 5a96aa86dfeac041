/// The configurable numbers of the catalogue (marked "(cfg)" there), with its defaults.
public struct Thresholds: Sendable, Hashable, Codable {
    /// MD-VALIDUNTIL-SOON: warn when validUntil is closer than this.
    public var validUntilWarningDays: Int = 7
    /// MD-VALIDUNTIL-TOO-FAR: warn when root validUntil is further ahead than this.
    public var maximumValidityDays: Int = 28
    /// CERT-EXPIRING: warn when a certificate expires within this many days.
    public var certificateExpiryWarningDays: Int = 30
    /// KEY-ROLLOVER-PENDING: a key expiring within this many days needs a successor.
    public var rolloverWarningDays: Int = 30
    /// CERT-SHORT-LIVED: certificates valid for less than this are reported.
    public var certificateMinimumLifetimeDays: Int = 365
    /// OPS-REFRESH-STALE: a fetched copy unchanged for longer than this (or than its
    /// cacheDuration, whichever is longer) counts as stale.
    public var staleCopyDays: Int = 7
    /// MD-VALIDUNTIL-EXPIRED: clock skew allowed before metadata counts as expired.
    public var clockSkewSeconds: Int = 180
    /// MD-CACHEDURATION-RANGE: the acceptable cacheDuration range, in seconds.
    public var minimumCacheDurationSeconds: Int = 3600
    /// The upper end of that range.
    public var maximumCacheDurationSeconds: Int = 6 * 3600

    /// The catalogue's defaults.
    public init() {}

    /// One configurable number: its name in configuration files and `--threshold`, the field it
    /// sets, and the rule that reads it.
    public struct Field: Sendable {
        /// The name in configuration files and on the command line.
        public let name: String
        /// The field it sets.
        public let keyPath: WritableKeyPath<Thresholds, Int> & Sendable
        /// The rule that reads it.
        public let rule: String
    }

    /// Every threshold, in the order documentation lists them: the one table configuration
    /// files, the command line and their error messages are made from.
    public static let fields: [Field] = [
        Field(name: "validUntilWarningDays", keyPath: \.validUntilWarningDays, rule: "MD-VALIDUNTIL-SOON"),
        Field(name: "maximumValidityDays", keyPath: \.maximumValidityDays, rule: "MD-VALIDUNTIL-TOO-FAR"),
        Field(name: "certificateExpiryWarningDays", keyPath: \.certificateExpiryWarningDays, rule: "CERT-EXPIRING"),
        Field(name: "rolloverWarningDays", keyPath: \.rolloverWarningDays, rule: "KEY-ROLLOVER-PENDING"),
        Field(name: "certificateMinimumLifetimeDays", keyPath: \.certificateMinimumLifetimeDays, rule: "CERT-SHORT-LIVED"),
        Field(name: "clockSkewSeconds", keyPath: \.clockSkewSeconds, rule: "MD-VALIDUNTIL-EXPIRED"),
        Field(name: "minimumCacheDurationSeconds", keyPath: \.minimumCacheDurationSeconds, rule: "MD-CACHEDURATION-RANGE"),
        Field(name: "maximumCacheDurationSeconds", keyPath: \.maximumCacheDurationSeconds, rule: "MD-CACHEDURATION-RANGE"),
        Field(name: "staleCopyDays", keyPath: \.staleCopyDays, rule: "OPS-REFRESH-STALE"),
    ]

    /// The field a threshold name sets; nil for an unknown name.
    public static func field(named name: String) -> Field? { fields.first { $0.name == name } }
}
