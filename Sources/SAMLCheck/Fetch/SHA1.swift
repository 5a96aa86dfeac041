internal import COpenSSL

/// SHA-1 for the one place a protocol asks for it: MDQ's `{sha1}` entity identifiers. Never for
/// security decisions.
enum SHA1 {
    static func hex(_ data: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 20)
        var length: UInt32 = 0
        data.withUnsafeBytes { buffer in
            _ = EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha1(), nil)
        }
        let digits = Array("0123456789abcdef")
        return digest.prefix(Int(length)).map { String([digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]]) }.joined()
    }
}
