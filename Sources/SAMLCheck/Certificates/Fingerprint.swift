internal import COpenSSL

/// A SHA-256 fingerprint of a certificate (its DER) or of a public key (its SubjectPublicKeyInfo DER).
public struct Fingerprint: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    /// A fingerprint of these digest bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The SHA-256 digest of `data` (OpenSSL's EVP, which uses SHA-NI where the CPU has it).
    public init(sha256Of data: [UInt8]) {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        data.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, SHA256Algorithm.fetched.pointer, nil)
        }
        self.bytes = Array(digest.prefix(Int(length)))
    }

    /// Parses `SHA256:<hex>`, with or without the prefix, colons or spaces, in either case.
    public init?(parsing text: String) {
        var hex = text.trimmingWhitespace()
        for prefix in ["SHA256:", "sha256:", "SHA-256:", "sha-256:"] where hex.hasPrefix(prefix) {
            hex.removeFirst(prefix.count)
        }
        hex = hex.filter { $0 != ":" && $0 != " " }
        guard hex.count == 64 else { return nil }
        var result: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            result.append(byte)
            index = next
        }
        self.bytes = result
    }

    /// `SHA256:` followed by lower-case hex.
    public var description: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = Array("SHA256:".utf8)
        text.reserveCapacity(7 + bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The lower-case hex digits alone, without the `SHA256:` prefix.
    public var hex: String { String(description.dropFirst(7)) }

    /// The first 16 hex digits, for messages where the full value would drown the sentence.
    public var short: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = Array("SHA256:".utf8)
        for byte in bytes.prefix(8) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self) + "…"
    }

    /// Fingerprints order by their bytes.
    public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

/// SHA-256 fetched from OpenSSL's provider once: `EVP_sha256()` makes OpenSSL 3 look the
/// algorithm up under a lock on every digest, which showed in profiles of 18,000 certificates.
private final class SHA256Algorithm: @unchecked Sendable {
    let pointer: OpaquePointer?

    private init() { pointer = EVP_MD_fetch(nil, "SHA256", nil) ?? EVP_sha256() }

    /// Immutable after creation; EVP_MD objects are safe to share between threads.
    static let fetched = SHA256Algorithm()
}
