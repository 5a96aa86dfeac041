internal import COpenSSL

/// How lists of known-compromised RSA keys name a key (the openssl-blacklist format): the low 80
/// bits of the SHA-1 of `Modulus=<upper-case hex of the modulus>\n`, the line `openssl x509
/// -noout -modulus` prints. Written as 20 lower-case hex digits.
package struct WeakKeyDigest: Sendable, Hashable, CustomStringConvertible {
    let high: UInt16
    let low: UInt64

    /// The digest of an RSA modulus given as its big-endian magnitude.
    init(modulus: some Collection<UInt8>) {
        // OpenSSL prints the modulus without leading zero bytes, two digits a byte.
        let digits: [UInt8] = Array("0123456789ABCDEF".utf8)
        var line: [UInt8] = Array("Modulus=".utf8)
        line.reserveCapacity(8 + modulus.count * 2 + 1)
        for byte in modulus.drop(while: { $0 == 0 }) {
            line.append(digits[Int(byte >> 4)])
            line.append(digits[Int(byte & 0x0F)])
        }
        line.append(0x0A)
        var digest = [UInt8](repeating: 0, count: 20)
        var length: UInt32 = 0
        line.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha1(), nil)
        }
        high = UInt16(digest[10]) << 8 | UInt16(digest[11])
        low = digest[12...].reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Parses 20 hex digits (either case).
    package init?(hex text: some StringProtocol) {
        guard text.utf8.count == 20, let high = UInt16(text.prefix(4), radix: 16), let low = UInt64(text.dropFirst(4), radix: 16) else { return nil }
        self.high = high
        self.low = low
    }

    package var description: String {
        let highText = String(high, radix: 16), lowText = String(low, radix: 16)
        return String(repeating: "0", count: 4 - highText.count) + highText + String(repeating: "0", count: 16 - lowText.count) + lowText
    }
}
