#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How a fetched document was obtained, for the rules about transport and freshness
/// (OPS-METADATA-URL-HTTP, OPS-REFRESH-STALE). Documents read from files or standard input have
/// no origin.
public struct DocumentOrigin: Sendable, Hashable {
    /// The URL the document was fetched from.
    public var url: String
    /// The server's `Last-Modified`, when it sent one.
    public var lastModified: Date?
    /// When the content was last seen to change, from a state directory (`check URL --state`);
    /// nil without one. With it, the next refresh is part of the picture: OPS-REFRESH-STALE
    /// reads this history and MD-VALIDUNTIL-SOON warns of expiry before the next refresh.
    public var lastChange: Date?

    /// The origin `url`, with what is known of its history.
    public init(url: String, lastModified: Date? = nil, lastChange: Date? = nil) {
        self.url = url
        self.lastModified = lastModified
        self.lastChange = lastChange
    }
}
