#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a server answered, after any redirects samlcheck followed.
public struct HTTPResponse: Sendable {
    /// The URL asked for first.
    public let requestedURL: String
    /// The URL that gave this answer.
    public let finalURL: String
    /// Each URL a redirect led to, in order.
    public let redirects: [String]
    /// The HTTP status code.
    public let status: Int
    /// Header fields in the order sent, names as sent.
    public let headers: [(name: String, value: String)]
    /// The body, decompressed.
    public let body: [UInt8]
    /// Seconds for the whole exchange, redirects included.
    public let seconds: Double
    /// Whether the TLS certificate was verified (false under --insecure, or for http).
    public let tlsVerified: Bool
    /// The address connected to for the final answer.
    public let address: String?

    /// The first header with this name (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The Content-Type header.
    public var contentType: String? { header("Content-Type") }
    /// The server's Date header, parsed.
    public var serverDate: Date? { header("Date").flatMap(HTTPDate.parse) }
    /// The Last-Modified header, parsed.
    public var lastModified: Date? { header("Last-Modified").flatMap(HTTPDate.parse) }

    /// The body as text (UTF-8, invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The start of the body on one line, for error messages.
    public var snippet: String { Self.snippet(of: body) }

    /// The start of a body on one line, at most 120 characters.
    static func snippet(of body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(1600), as: UTF8.self)
        let collapsed = text.prefix(400).split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return collapsed.count > 120 ? String(collapsed.prefix(120)) + "…" : collapsed
    }

    /// Whether the body is an HTML page rather than XML: what a login page or an error page looks
    /// like. The body decides when it can: XML served with a wrong `text/html` type is still XML;
    /// the Content-Type decides only for a body that is neither.
    public var isHTML: Bool {
        let start = text.prefix(512).lowercased().drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") { return true }
        if start.hasPrefix("<") { return false }
        return contentType?.lowercased().hasPrefix("text/html") ?? false
    }

    /// The text of an HTML page's title, for messages.
    public var htmlTitle: String? {
        let bytes = Array(body.prefix(65_536))
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
            for index in start...(bytes.count - pattern.count) where zip(bytes[index...], pattern).allSatisfy({ lower($0) == $1 }) {
                return index
            }
            return nil
        }
        guard let open = find("<title", from: 0), let tagEnd = bytes[open...].firstIndex(of: UInt8(ascii: ">")),
              let close = find("</title>", from: tagEnd) else { return nil }
        let title = String(decoding: bytes[(tagEnd + 1)..<close], as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return title.isEmpty ? nil : String(title.prefix(80))
    }
}
