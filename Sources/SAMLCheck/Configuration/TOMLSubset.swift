/// Reads the part of TOML a samlcheck configuration needs: `key = value` lines, `[table]`
/// headers (one level), strings (basic and literal), integers, booleans, arrays of those on one
/// line, and `#` comments. Anything else is an error naming its line, never a guess.
enum TOMLSubset {
    struct SyntaxError: Error, Sendable {
        let line: Int
        let message: String
    }

    static func parse(_ text: String) throws(SyntaxError) -> [ConfigEntry] {
        var root: [ConfigEntry] = []
        var tables: [(name: String, line: Int, entries: [ConfigEntry])] = []
        var seenTables: Set<String> = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            var scanner = Scanner(Array(rawLine.utf8.filter { $0 != 0x0D }), line: number)
            scanner.skipSpaces()
            if scanner.atEndOrComment { continue }
            if scanner.peek == UInt8(ascii: "[") {
                scanner.advance()
                scanner.skipSpaces()
                let name = try scanner.key()
                scanner.skipSpaces()
                try scanner.expect(UInt8(ascii: "]"), "a table header ends with ]")
                scanner.skipSpaces()
                guard scanner.atEndOrComment else { throw SyntaxError(line: number, message: "unexpected text after the table header") }
                guard seenTables.insert(name).inserted, !root.contains(where: { $0.key == name }) else {
                    throw SyntaxError(line: number, message: "table [\(name)] is defined twice")
                }
                tables.append((name, number, []))
                continue
            }
            let key = try scanner.key()
            scanner.skipSpaces()
            try scanner.expect(UInt8(ascii: "="), "expected = after the key \(key)")
            scanner.skipSpaces()
            let value = try scanner.value()
            scanner.skipSpaces()
            guard scanner.atEndOrComment else { throw SyntaxError(line: number, message: "unexpected text after the value of \(key)") }
            let entry = ConfigEntry(key: key, value: value, line: number)
            if tables.isEmpty {
                guard !root.contains(where: { $0.key == key }) else { throw SyntaxError(line: number, message: "\(key) is set twice") }
                root.append(entry)
            } else {
                guard !tables[tables.count - 1].entries.contains(where: { $0.key == key }) else {
                    throw SyntaxError(line: number, message: "\(key) is set twice in [\(tables[tables.count - 1].name)]")
                }
                tables[tables.count - 1].entries.append(entry)
            }
        }
        return root + tables.map { ConfigEntry(key: $0.name, value: .table($0.entries), line: $0.line) }
    }

    private struct Scanner {
        let bytes: [UInt8]
        let line: Int
        var index = 0

        init(_ bytes: [UInt8], line: Int) {
            self.bytes = bytes
            self.line = line
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
        var atEndOrComment: Bool { peek == nil || peek == UInt8(ascii: "#") }
        mutating func advance() { index += 1 }

        mutating func skipSpaces() {
            while let byte = peek, byte == 0x20 || byte == 0x09 { advance() }
        }

        mutating func expect(_ byte: UInt8, _ message: String) throws(SyntaxError) {
            guard peek == byte else { throw SyntaxError(line: line, message: message) }
            advance()
        }

        /// A bare key (letters, digits, - and _) or a quoted one.
        mutating func key() throws(SyntaxError) -> String {
            if peek == UInt8(ascii: "\"") || peek == UInt8(ascii: "'") { return try string() }
            let start = index
            while let byte = peek, byte.isBareKeyByte { advance() }
            guard index > start else { throw SyntaxError(line: line, message: "expected a key") }
            if peek == UInt8(ascii: ".") { throw SyntaxError(line: line, message: "dotted keys are not supported; use a [table]") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func value() throws(SyntaxError) -> ConfigValue {
            guard let byte = peek else { throw SyntaxError(line: line, message: "a value is missing") }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return .string(try string())
            case UInt8(ascii: "["):
                advance()
                var items: [ConfigValue] = []
                while true {
                    skipSpaces()
                    if peek == UInt8(ascii: "]") { advance(); return .array(items) }
                    items.append(try value())
                    skipSpaces()
                    if peek == UInt8(ascii: ",") { advance(); continue }
                    skipSpaces()
                    guard peek == UInt8(ascii: "]") else { throw SyntaxError(line: line, message: "an array must end with ] on the same line") }
                }
            case UInt8(ascii: "{"):
                throw SyntaxError(line: line, message: "inline tables are not supported; use a [table]")
            default:
                let start = index
                while let next = peek, next != 0x20, next != 0x09, next != UInt8(ascii: ","), next != UInt8(ascii: "]"), next != UInt8(ascii: "#") { advance() }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if word == "true" { return .boolean(true) }
                if word == "false" { return .boolean(false) }
                let digits = word.filter { $0 != "_" }
                if let integer = Int(digits) { return .integer(integer) }
                if let number = Double(digits), digits.contains(".") { return .number(number) }
                throw SyntaxError(line: line, message: "'\(word)' is not a value (strings need quotes)")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            let quote = bytes[index]
            advance()
            var result: [UInt8] = []
            while let byte = peek {
                advance()
                if byte == quote { return String(decoding: result, as: UTF8.self) }
                if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                    guard let escaped = peek else { break }
                    advance()
                    switch escaped {
                    case UInt8(ascii: "\""): result.append(escaped)
                    case UInt8(ascii: "\\"): result.append(escaped)
                    case UInt8(ascii: "n"): result.append(0x0A)
                    case UInt8(ascii: "t"): result.append(0x09)
                    default: throw SyntaxError(line: line, message: "unsupported escape \\\(Character(UnicodeScalar(escaped)))")
                    }
                } else {
                    result.append(byte)
                }
            }
            throw SyntaxError(line: line, message: "a string is not closed on its line")
        }
    }
}

private extension UInt8 {
    var isBareKeyByte: Bool {
        (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || (0x30...0x39).contains(self) || self == 0x2D || self == 0x5F
    }
}
