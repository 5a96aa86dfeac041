extension Finding {
    /// A stable identity for the finding, for baselines and for SARIF's partialFingerprints:
    /// the SHA-256 of the rule, the entityID, the element's readable path and the message with
    /// every number replaced. Line numbers are left out and numbers in messages (a line, days
    /// left, a count) are masked, so re-indented metadata, or the same defect a day later, keeps
    /// the fingerprint; a different element, entity or wording changes it.
    public var fingerprint: String {
        var key: [UInt8] = []
        key.reserveCapacity(rule.utf8.count + (entityID?.utf8.count ?? 0) + (path?.utf8.count ?? 0) + message.utf8.count + 3)
        key += rule.utf8
        key.append(0x1F)
        key += (entityID ?? "").utf8
        key.append(0x1F)
        key += (path ?? "").utf8
        key.append(0x1F)
        appendMasked(message, to: &key)
        let digest = Fingerprint(sha256Of: key).bytes
        // The first 16 bytes in lower-case hex: 32 characters.
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for byte in digest.prefix(16) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The message with each run of ASCII digits replaced by one `#`. A digit that is part of a
    /// larger character (with a combining mark after it, say) is not a number and stays. A digit
    /// between ASCII bytes is always a character of its own, so messages where every digit is
    /// take the fast path by bytes; the others go by characters, and every message masks as it
    /// always has.
    private func appendMasked(_ message: String, to key: inout [UInt8]) {
        var message = message
        let fast: Bool = message.withUTF8 { bytes in
            guard Self.digitsStandAlone(bytes) else { return false }
            // Written through raw buffers: this runs for every finding of a JSON or SARIF report.
            let start = key.count
            key.append(contentsOf: repeatElement(0, count: bytes.count))
            let written = key.withUnsafeMutableBufferPointer { buffer -> Int in
                var cursor = start
                var inNumber = false
                for byte in bytes {
                    if Self.isDigit(byte) {
                        if !inNumber {
                            buffer[cursor] = UInt8(ascii: "#")
                            cursor += 1
                        }
                        inNumber = true
                    } else {
                        buffer[cursor] = byte
                        cursor += 1
                        inNumber = false
                    }
                }
                return cursor
            }
            key.removeLast(key.count - written)
            return true
        }
        if fast { return }
        var inNumber = false
        for character in message {
            if character.isASCII && character.isNumber {
                if !inNumber { key.append(UInt8(ascii: "#")) }
                inNumber = true
            } else {
                key += character.utf8
                inNumber = false
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether every ASCII digit is a character of its own: its neighbours are ASCII, or one of
    /// the few non-ASCII characters samlcheck's own messages put next to numbers (`…`, `×`,
    /// dashes, arrows), none of which joins a neighbour into one character.
    private static func digitsStandAlone(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        var index = 0
        while index < count {
            if isDigit(utf8[index]) {
                if index + 1 < count, utf8[index + 1] >= 0x80, !startsStandAloneScalar(utf8, at: index + 1) { return false }
                if index > 0, utf8[index - 1] >= 0x80 {
                    var start = index - 1
                    while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
                    if !startsStandAloneScalar(utf8, at: start) { return false }
                }
            }
            index += 1
        }
        return true
    }

    /// Whether the UTF-8 sequence at `offset` is one of ``standAloneScalars``.
    private static func startsStandAloneScalar(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        standAloneScalars.contains { encoded in
            offset + encoded.count <= utf8.count && encoded.indices.allSatisfy { utf8[offset + $0] == encoded[$0] }
        }
    }

    /// `…` `×` `–` `—` `↔` `→` `←` `é`, encoded: grapheme cluster break "Other" on both sides.
    private static let standAloneScalars: [[UInt8]] = ["…", "×", "–", "—", "↔", "→", "←", "é"].map { Array($0.utf8) }
}
