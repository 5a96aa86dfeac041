#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Fetches a metadata document: a 200 answer with an XML body, or a FetchError that says what
/// came instead (an HTTP error with the start of its body, an HTML page, an empty body).
public struct MetadataFetcher: Sendable {
    package let fetcher: HTTPFetcher

    /// A fetcher with `options`.
    public init(options: FetchOptions = FetchOptions()) {
        fetcher = HTTPFetcher(options: options)
    }

    /// The media types metadata is served as, most specific first (MDQ asks for the first).
    public static let accept = "Accept: application/samlmetadata+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"

    /// Fetches `url` and refuses what is not metadata (an HTTP error, an HTML page, an empty body),
    /// returning the body, the record the report shows, and the response.
    public func fetch(_ url: String) async throws(FetchError) -> (body: [UInt8], record: FetchRecord, response: HTTPResponse) {
        try validated(url, await fetcher.get(url, headers: [Self.accept]))
    }

    /// What a conditional fetch brought: a document, or the server's word that the copy the
    /// validators came from is still current (304 Not Modified).
    public enum ConditionalAnswer: Sendable {
        case fetched(body: [UInt8], record: FetchRecord, response: HTTPResponse)
        case notModified(record: FetchRecord, response: HTTPResponse)
    }

    /// Fetches `url` sending back the validators of a copy held (`If-None-Match` with the ETag,
    /// `If-Modified-Since` with the Last-Modified, as the server sent them).
    public func fetch(_ url: String, etag: String?, lastModified: String?) async throws(FetchError) -> ConditionalAnswer {
        var headers = [Self.accept]
        if let etag, Self.isHeaderSafe(etag) { headers.append("If-None-Match: " + etag) }
        if let lastModified, Self.isHeaderSafe(lastModified) { headers.append("If-Modified-Since: " + lastModified) }
        let response = try await fetcher.get(url, headers: headers)
        if response.status == 304, headers.count > 1 {
            return .notModified(record: FetchRecord(response: response, fetchedAt: Date()), response: response)
        }
        let fetched = try validated(url, response)
        return .fetched(body: fetched.body, record: fetched.record, response: fetched.response)
    }

    /// A header value read from a state file goes back on the wire only if it is one line of
    /// printable text.
    private static func isHeaderSafe(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count < 1024 && value.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F }
    }

    private func validated(_ url: String, _ response: HTTPResponse) throws(FetchError) -> (body: [UInt8], record: FetchRecord, response: HTTPResponse) {
        guard (200..<300).contains(response.status) else {
            let reason = Self.reasonPhrase(response.status)
            let body = response.isHTML ? (response.htmlTitle.map { "an HTML page titled \"\($0)\"" } ?? "an HTML page") : response.snippet
            throw FetchError(.http, url: url, "HTTP \(response.status)\(reason.isEmpty ? "" : " " + reason)\(response.finalURL != url ? " from " + response.finalURL : "")"
                             + (body.isEmpty ? "" : ": " + body))
        }
        if response.isHTML {
            let title = response.htmlTitle.map { " titled \"\($0)\"" } ?? ""
            throw FetchError(.html, url: url, "the server returned an HTML page\(title) (a login or error page?), not XML metadata")
        }
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FetchError(.http, url: url, "HTTP \(response.status) with an empty body")
        }
        return (response.body, FetchRecord(response: response, fetchedAt: Date()), response)
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 406: return "Not Acceptable"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return ""
        }
    }
}
