/// Just enough RFC 3986 to judge URI attribute values: scheme, authority host and port.
/// Works on the UTF-8 bytes: this runs for every endpoint of every entity.
public struct URIText: Sendable, Hashable {
    /// The value as given.
    public let text: String
    /// The scheme in lower case, nil when the value is not an absolute URI.
    public let scheme: String?
    /// The host of a hierarchical URI with an authority (`//host:port`), lower-cased, brackets
    /// kept for IPv6 literals; nil when there is none.
    public let host: String?
    /// The port of the authority, nil when none is written.
    public let port: Int?

    /// Parses `text` (already trimmed of surrounding whitespace by the caller).
    public init(_ text: String) {
        self.text = text
        var scheme: String?
        var host: String?
        var port: Int?
        var copy = text
        copy.withUTF8 { bytes in
            // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
            guard let first = bytes.first, first.isASCIILetter else { return }
            var index = 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":") { break }
                guard byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: ".") else { return }
                index += 1
            }
            guard index < bytes.count else { return }
            scheme = String(decoding: bytes[0..<index], as: UTF8.self).lowercased()
            var cursor = index + 1
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "/"), bytes[cursor + 1] == UInt8(ascii: "/") else { return }
            cursor += 2
            var end = cursor
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
                end += 1
            }
            var start = cursor
            for position in cursor..<end where bytes[position] == UInt8(ascii: "@") { start = position + 1 }
            var hostEnd = end
            if start < end, bytes[start] == UInt8(ascii: "[") {
                if let close = (start..<end).first(where: { bytes[$0] == UInt8(ascii: "]") }) { hostEnd = close + 1 }
            } else if let colon = (start..<end).last(where: { bytes[$0] == UInt8(ascii: ":") }) {
                hostEnd = colon
            }
            host = String(decoding: bytes[start..<hostEnd], as: UTF8.self).lowercased()
            if hostEnd < end, bytes[hostEnd] == UInt8(ascii: ":") {
                port = Int(String(decoding: bytes[(hostEnd + 1)..<end], as: UTF8.self))
            }
        }
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// Whether the value is an absolute URI (has a scheme) and, for http(s), a non-empty host.
    public var isAbsolute: Bool {
        guard let scheme else { return false }
        if scheme == "http" || scheme == "https" { return !(host ?? "").isEmpty }
        return true
    }

    /// Whether the scheme is https.
    public var isHTTPS: Bool { scheme == "https" }
    /// Whether the scheme is plain http.
    public var isHTTP: Bool { scheme == "http" }
}

extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
