#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How a fetched document was obtained, as reports show it.
public struct FetchRecord: Sendable, Hashable, Codable {
    /// The URL asked for.
    public var url: String
    /// The URL that answered, after redirects.
    public var finalURL: String
    /// The HTTP status of the final answer.
    public var status: Int
    /// Its Content-Type header.
    public var contentType: String?
    /// Body size in bytes, after decompression.
    public var bytes: Int
    /// When the fetch finished (real time, not the run's clock).
    public var fetchedAt: String
    /// How long it took, redirects included.
    public var seconds: Double
    /// The server's `Date` header as sent.
    public var serverDate: String?
    /// The server's `Last-Modified` header as sent.
    public var lastModified: String?
    /// False under `--insecure` (and for plain http): nothing vouches for the server.
    public var tlsVerified: Bool
    /// Each URL a redirect led to, in order.
    public var redirects: [String]

    /// The record of `response`, fetched at `fetchedAt`.
    public init(response: HTTPResponse, fetchedAt: Date) {
        url = response.requestedURL
        finalURL = response.finalURL
        status = response.status
        contentType = response.contentType
        bytes = response.body.count
        self.fetchedAt = fetchedAt.iso8601
        seconds = (response.seconds * 1000).rounded() / 1000
        serverDate = response.header("Date")
        lastModified = response.header("Last-Modified")
        tlsVerified = response.tlsVerified
        redirects = response.redirects
    }

    enum CodingKeys: String, CodingKey { case url, finalURL, status, contentType, bytes, fetchedAt, seconds, serverDate, lastModified, tlsVerified, redirects }

    /// Every key is written (`null` when unknown).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(finalURL, forKey: .finalURL)
        try container.encode(status, forKey: .status)
        try container.encode(contentType, forKey: .contentType)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(fetchedAt, forKey: .fetchedAt)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(serverDate, forKey: .serverDate)
        try container.encode(lastModified, forKey: .lastModified)
        try container.encode(tlsVerified, forKey: .tlsVerified)
        try container.encode(redirects, forKey: .redirects)
    }
}
