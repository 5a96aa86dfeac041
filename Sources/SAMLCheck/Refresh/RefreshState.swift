#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What samlcheck remembers about one fetched source between runs (`check URL --state DIR`):
/// how to ask for it conditionally, when its content last changed, and the last good copy.
public struct RefreshState: Sendable, Hashable, Codable {
    /// The layout of the state file; a file of another version is treated as corrupt.
    public var version = 1
    /// The source's URL.
    public var url: String
    /// The server's `ETag` and `Last-Modified` of the last good copy, as sent: the next fetch
    /// sends them back (`If-None-Match`, `If-Modified-Since`).
    public var etag: String?
    /// See `etag`.
    public var lastModified: String?
    /// When this source was first fetched with this state directory.
    public var firstSeen: Date
    /// When the source's content was last seen to change: the earlier of the first fetch and the
    /// server's Last-Modified at first, then each time the bytes differ from the last good copy.
    public var lastChange: Date
    /// When the last fetch was tried, whatever came of it.
    public var lastFetch: Date
    /// The copy kept as the last good one.
    public var lastGood: GoodCopy

    /// A copy that was read and verified at least as well as the one before it.
    public struct GoodCopy: Sendable, Hashable, Codable {
        /// When it was fetched.
        public var fetchedAt: Date
        /// SHA-256 of its bytes, lower-case hex.
        public var sha256: String
        /// Its signature status (``SignatureSummary/Status`` raw value).
        public var signature: String

        /// A good copy fetched at `fetchedAt`.
        public init(fetchedAt: Date, sha256: String, signature: String) {
            self.fetchedAt = fetchedAt
            self.sha256 = sha256
            self.signature = signature
        }
    }

    /// A state for `url`.
    public init(url: String, etag: String?, lastModified: String?, firstSeen: Date, lastChange: Date, lastFetch: Date, lastGood: GoodCopy) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.firstSeen = firstSeen
        self.lastChange = lastChange
        self.lastFetch = lastFetch
        self.lastGood = lastGood
    }
}
