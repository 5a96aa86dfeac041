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

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(index)
        }
        return table
    }()

    static func decode(_ text: String) -> Result<[UInt8], Failure> {
        var text = text
        return text.withUTF8 { decode(UnsafeRawBufferPointer($0)) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> Result<[UInt8], Failure> {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 4)
        var accumulator: UInt32 = 0
        var count = 0
        var padding = 0
        var significant = 0
        let table = Self.table
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
            significant += 1
            if byte == UInt8(ascii: "=") {
                padding += 1
                if padding > 2 { return .failure(.invalidCharacter(byte, offset: offset)) }
                accumulator <<= 6
                count += 1
            } else {
                let value = table.withUnsafeBufferPointer { $0[Int(byte)] }
                guard value != 0xFF, padding == 0 else { return .failure(.invalidCharacter(byte, offset: offset)) }
                accumulator = accumulator << 6 | UInt32(value)
                count += 1
            }
            if count == 4 {
                output.append(UInt8(truncatingIfNeeded: accumulator >> 16))
                if padding < 2 { output.append(UInt8(truncatingIfNeeded: accumulator >> 8)) }
                if padding < 1 { output.append(UInt8(truncatingIfNeeded: accumulator)) }
                accumulator = 0
                count = 0
            }
        }
        if significant == 0 { return .failure(.empty) }
        if count != 0 { return .failure(.badLength(significant)) }
        return .success(output)
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
