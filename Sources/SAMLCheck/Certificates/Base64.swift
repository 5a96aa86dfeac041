/// Base64 as it appears in XML: line breaks and other whitespace are skipped, anything else that
/// is not in the alphabet is an error (so an XML comment or a stray character is reported, not
/// silently dropped).
enum Base64 {
    enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidCharacter(UInt8, offset: Int)
        case badLength(Int)
        case empty

        var description: String {
            switch self {
            case .invalidCharacter(let byte, let offset):
                let shown = (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16)
                return "character \(shown) at offset \(offset) is not base64"
            case .badLength(let count): return "\(count) base64 characters is not a whole number of 4-character groups"
            case .empty: return "it is empty"
            }
        }
    }

    /// Each byte's class: its 6-bit value for the alphabet, or one of the markers below.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(index)
        }
        for character in " \n\r\t".utf8 { table[Int(character)] = whitespace }
        table[Int(UInt8(ascii: "="))] = pad
        return table
    }()
    private static let whitespace: UInt8 = 0xFD
    private static let pad: UInt8 = 0xFE
    private static let invalid: UInt8 = 0xFF

    static func decode(_ text: String) -> Result<[UInt8], Failure> {
        var text = text
        return text.withUTF8 { decode(UnsafeRawBufferPointer($0)) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<[UInt8], Failure> {
        // One table lookup per character into a buffer written in place: every certificate of
        // an aggregate goes through here (tens of megabytes), so it is a hot loop.
        table.withUnsafeBufferPointer { table in
            var failure: Failure?
            let output = [UInt8](unsafeUninitializedCapacity: bytes.count / 4 * 3 + 3) { out, initialized in
                var written = 0
                var accumulator: UInt32 = 0
                var count = 0
                var padding = 0
                var significant = 0
                for offset in 0..<bytes.count {
                    let byte = bytes[offset]
                    let value = table[Int(byte)]
                    if value < 64 {
                        guard padding == 0 else { failure = .invalidCharacter(byte, offset: offset); break }
                        accumulator = accumulator << 6 | UInt32(value)
                    } else if value == whitespace {
                        continue
                    } else if value == pad {
                        padding += 1
                        guard padding <= 2 else { failure = .invalidCharacter(byte, offset: offset); break }
                        accumulator <<= 6
                    } else {
                        failure = .invalidCharacter(byte, offset: offset)
                        break
                    }
                    significant += 1
                    count += 1
                    if count == 4 {
                        out[written] = UInt8(truncatingIfNeeded: accumulator >> 16)
                        out[written + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                        out[written + 2] = UInt8(truncatingIfNeeded: accumulator)
                        written += 3 - padding
                        accumulator = 0
                        count = 0
                    }
                }
                if failure == nil {
                    if significant == 0 { failure = .empty } else if count != 0 { failure = .badLength(significant) }
                }
                initialized = written
            }
            if let failure { return .failure(failure) }
            return .success(output)
        }
    }
}

extension Base64 {
    /// Standard base64 with padding, on one line.
    static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out.append(alphabet[Int(value >> 18 & 63)]); out.append(alphabet[Int(value >> 12 & 63)])
            out.append(alphabet[Int(value >> 6 & 63)]); out.append(alphabet[Int(value & 63)])
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let value = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
            out.append(alphabet[Int(value >> 18 & 63)]); out.append(alphabet[Int(value >> 12 & 63)])
            out.append(rest == 2 ? alphabet[Int(value >> 6 & 63)] : "=")
            out.append("=")
        }
        return out
    }
}
