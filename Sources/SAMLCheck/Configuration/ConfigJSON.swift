/// A strict JSON reader for configuration files: every object key keeps the line it is written
/// on (so errors about it can name the line, as TOML's do), a key written twice in one object is
/// an error rather than a silent last-one-wins, and a syntax error names its line.
enum ConfigJSON {
    struct SyntaxError: Error, Sendable {
        let line: Int
        let message: String
    }

    /// Nesting deeper than this is refused: configuration is two levels deep.
    static let maximumDepth = 64

    static func parse(_ text: String) throws(SyntaxError) -> ConfigValue {
        var reader = Reader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.peek == nil else { throw SyntaxError(line: reader.line, message: "unexpected text after the JSON value") }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var line = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            if peek == 0x0A { line += 1 }
            index += 1
        }

        mutating func skipWhitespace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
        }

        mutating func expect(_ byte: UInt8, _ message: String) throws(SyntaxError) {
            guard peek == byte else { throw SyntaxError(line: line, message: message) }
            advance()
        }

        mutating func value(depth: Int) throws(SyntaxError) -> ConfigValue {
            guard depth < ConfigJSON.maximumDepth else { throw SyntaxError(line: line, message: "nested too deeply") }
            guard let byte = peek else { throw SyntaxError(line: line, message: "a value is missing at the end") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .boolean(true)
            case UInt8(ascii: "f"): try literal("false"); return .boolean(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default:
                throw SyntaxError(line: line, message: "unexpected character '\(Character(UnicodeScalar(byte)))'")
            }
        }

        mutating func object(depth: Int) throws(SyntaxError) -> ConfigValue {
            advance()
            var entries: [ConfigEntry] = []
            skipWhitespace()
            if peek == UInt8(ascii: "}") { advance(); return .table(entries) }
            while true {
                skipWhitespace()
                let keyLine = line
                guard peek == UInt8(ascii: "\"") else { throw SyntaxError(line: line, message: "expected a quoted key") }
                let key = try string()
                if entries.contains(where: { $0.key == key }) {
                    throw SyntaxError(line: keyLine, message: "\"\(key)\" is written twice in one object")
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "expected : after \"\(key)\"")
                skipWhitespace()
                entries.append(ConfigEntry(key: key, value: try value(depth: depth + 1), line: keyLine))
                skipWhitespace()
                if peek == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "}"), "expected , or } in the object")
                return .table(entries)
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> ConfigValue {
            advance()
            var items: [ConfigValue] = []
            skipWhitespace()
            if peek == UInt8(ascii: "]") { advance(); return .array(items) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                if peek == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "]"), "expected , or ] in the array")
                return .array(items)
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for expected in word.utf8 {
                guard peek == expected else { throw SyntaxError(line: line, message: "expected \(word)") }
                advance()
            }
        }

        mutating func number() throws(SyntaxError) -> ConfigValue {
            let start = index
            var isInteger = true
            while let byte = peek, (0x30...0x39).contains(byte) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte) {
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { isInteger = false }
                advance()
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isInteger, let integer = Int(text) { return .integer(integer) }
            if let number = Double(text) { return .number(number) }
            throw SyntaxError(line: line, message: "'\(text)' is not a number")
        }

        mutating func string() throws(SyntaxError) -> String {
            advance()
            var scalars = String.UnicodeScalarView()
            var pending: [UInt8] = []
            func flush() {
                if !pending.isEmpty { scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars); pending = [] }
            }
            while let byte = peek {
                if byte == UInt8(ascii: "\"") { advance(); flush(); return String(scalars) }
                guard byte >= 0x20 else { throw SyntaxError(line: line, message: "a string is not closed on its line") }
                advance()
                guard byte == UInt8(ascii: "\\") else { pending.append(byte); continue }
                flush()
                guard let escaped = peek else { break }
                advance()
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(escaped))
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), peek == UInt8(ascii: "\\") {
                        advance()
                        try expect(UInt8(ascii: "u"), "a high surrogate must be followed by \\u and a low one")
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw SyntaxError(line: line, message: "invalid surrogate pair") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw SyntaxError(line: line, message: "invalid \\u escape") }
                    scalars.append(scalar)
                default:
                    throw SyntaxError(line: line, message: "invalid escape \\\(Character(UnicodeScalar(escaped)))")
                }
            }
            throw SyntaxError(line: line, message: "a string is not closed")
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = peek, let digit = UInt32(String(UnicodeScalar(byte)), radix: 16) else {
                    throw SyntaxError(line: line, message: "\\u needs four hex digits")
                }
                value = value * 16 + digit
                advance()
            }
            return value
        }
    }
}
