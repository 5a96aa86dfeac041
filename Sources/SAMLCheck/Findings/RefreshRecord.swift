#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a run with a state directory learnt about a fetched source, as reports show it.
public struct RefreshRecord: Sendable, Hashable, Encodable {
    /// How this fetch compares with the state: `first` (no state yet), `unchanged` (same bytes),
    /// `changed`, `not-modified` (the server answered 304 to the conditional request: the last
    /// good copy was checked), or `fetch-failed` (the last good copy was checked, `--fallback`).
    public var outcome: Outcome
    /// Whether the request was conditional (the state had an ETag or Last-Modified).
    public var conditional: Bool
    /// When the content was last seen to change.
    public var lastChange: Date
    /// When the last good copy was fetched, before this run (ISO 8601); nil without state.
    public var previousGoodCopy: String?
    /// Why the fetch failed, for `fetch-failed`.
    public var fetchError: String?
    /// The signature status of the last good copy when this copy's is worse (then the copy is
    /// not kept as the good one); nil otherwise.
    public var worseThan: String?
    /// When the next refresh is due by the document's cacheDuration (ISO 8601), when it has one.
    public var nextRefresh: String?
    /// A state file that could not be used and was replaced.
    public var stateProblem: String?

    /// What this run's fetch found: the first copy, the same bytes, new bytes, a 304, or a failure.
    public enum Outcome: String, Sendable, Hashable, Codable {
        case first, unchanged, changed
        case notModified = "not-modified"
        case fetchFailed = "fetch-failed"
    }

    /// Whether this run should fail even if the copy checked is fine: the source could not be
    /// fetched, or it now verifies worse than before.
    public var isFailure: Bool { outcome == .fetchFailed || worseThan != nil }

    /// A record of one refresh.
    public init(outcome: Outcome, conditional: Bool, lastChange: Date, previousGoodCopy: String? = nil, fetchError: String? = nil,
                worseThan: String? = nil, nextRefresh: String? = nil, stateProblem: String? = nil) {
        self.outcome = outcome
        self.conditional = conditional
        self.lastChange = lastChange
        self.previousGoodCopy = previousGoodCopy
        self.fetchError = fetchError
        self.worseThan = worseThan
        self.nextRefresh = nextRefresh
        self.stateProblem = stateProblem
    }

    enum CodingKeys: String, CodingKey { case outcome, conditional, lastChange, previousGoodCopy, fetchError, worseThan, nextRefresh, stateProblem }

    /// Every key is written (`null` when unknown), as in ``FetchRecord``.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(conditional, forKey: .conditional)
        try container.encode(lastChange.iso8601, forKey: .lastChange)
        try container.encode(previousGoodCopy, forKey: .previousGoodCopy)
        try container.encode(fetchError, forKey: .fetchError)
        try container.encode(worseThan, forKey: .worseThan)
        try container.encode(nextRefresh, forKey: .nextRefresh)
        try container.encode(stateProblem, forKey: .stateProblem)
    }
}
