/// A secret request header — a Mattermost admin's personal access token — bound to the one
/// origin it was given for.
///
/// It goes only to the scheme, host and port of that origin, or, when that origin is plain http,
/// to https on the same host (an upgrade). A redirect anywhere else is not followed for a request
/// that carries it. Over plain http it goes only to loopback hosts unless the user insisted
/// (`--insecure`). Whatever is recorded from such requests is scrubbed of it (``redact(_:)``).
struct FetchCredential: Sendable {
    /// The header line, such as `Authorization: Bearer …`.
    let header: String
    /// The secret itself, for scrubbing.
    let secret: String
    let origin: URLOrigin
    /// Plain http to a host that is not loopback was accepted (`--insecure`).
    let plainHTTPAccepted: Bool

    /// A bearer token for `siteURL`; nil when libcurl cannot read the URL.
    init?(bearerToken: String, for siteURL: String, plainHTTPAccepted: Bool) {
        guard let origin = URLOrigin(siteURL) else { return nil }
        self.header = "Authorization: Bearer \(bearerToken)"
        self.secret = bearerToken
        self.origin = origin
        self.plainHTTPAccepted = plainHTTPAccepted
    }

    /// Why the credential may not be sent to its own origin at all: plain http to a host that is
    /// not loopback. Nil when it may.
    var refusal: String? {
        guard origin.scheme == "http", !origin.isLoopback, !plainHTTPAccepted else { return nil }
        return "the token would cross the network unencrypted over http to \(origin.host); use the https:// site URL, or --insecure to insist"
    }

    /// Whether a request to `target` may carry the credential.
    func permits(_ target: URLOrigin) -> Bool {
        guard refusal == nil else { return false }
        if target == origin { return true }
        // http → https on the same host (the port changes with the scheme, as 80 → 443 does).
        return origin.scheme == "http" && target.scheme == "https" && target.host == origin.host
    }

    /// `text` with every occurrence of the secret (as written or percent-encoded) replaced.
    func redact(_ text: String) -> String {
        guard !secret.isEmpty else { return text }
        var result = text.replacingAll(secret, with: Self.placeholder)
        if let encoded = secret.addingPercentEncodingForRedaction, encoded != secret {
            result = result.replacingAll(encoded, with: Self.placeholder)
        }
        return result
    }

    /// `bytes` with every occurrence of the secret replaced.
    func redact(_ bytes: [UInt8]) -> [UInt8] {
        let needle = Array(secret.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                result += Array(Self.placeholder.utf8)
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    static let placeholder = "[token withheld]"
}

extension String {
    /// Percent-encoding of everything but unreserved characters, as a query or form would carry it.
    fileprivate var addingPercentEncodingForRedaction: String? {
        var encoded = ""
        for byte in utf8 {
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || [0x2D, 0x2E, 0x5F, 0x7E].contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    fileprivate func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
