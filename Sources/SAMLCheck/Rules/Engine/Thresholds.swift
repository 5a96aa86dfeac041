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
}
