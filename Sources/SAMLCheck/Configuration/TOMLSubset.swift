/// Reads the part of TOML a samlcheck configuration needs: `key = value` lines, `[table]`
/// headers (one level), strings (basic and literal), integers, booleans, arrays of those (on one
/// line or several, with comments and a trailing comma), and `#` comments. Line endings may be
/// LF or CRLF. Anything else is an error naming its line, never a guess.
enum TOMLSubset {
    struct SyntaxError: Error, Sendable {
        let line: Int
        let message: String
    }

    static func parse(_ text: String) throws(SyntaxError) -> [ConfigEntry] {
        var scanner = Scanner(Array(text.utf8))
        var root: [ConfigEntry] = []
        var tables: [(name: String, line: Int, entries: [ConfigEntry])] = []
        var seenTables: Set<String> = []
        while true {
            scanner.skipBlankLinesAndComments()
            guard scanner.peek != nil else { break }
            let number = scanner.line
            if scanner.peek == UInt8(ascii: "[") {
                scanner.advance()
                scanner.skipSpaces()
                let name = try scanner.key()
                scanner.skipSpaces()
                try scanner.expect(UInt8(ascii: "]"), "a table header ends with ]")
                try scanner.endOfLine("unexpected text after the table header")
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
            try scanner.endOfLine("unexpected text after the value of \(key)")
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
        var index = 0
        /// The line of `peek`, 1-based.
        var line = 1

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            if peek == 0x0A { line += 1 }
            index += 1
        }

        /// Spaces and tabs (and the CR of a CRLF).
        mutating func skipSpaces() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) { advance() }
        }

        mutating func skipComment() {
            guard peek == UInt8(ascii: "#") else { return }
            while let byte = peek, byte != 0x0A { advance() }
        }

        mutating func skipBlankLinesAndComments() {
            while true {
                skipSpaces()
                skipComment()
                guard peek == 0x0A else { return }
                advance()
            }
        }

        /// The rest of the line holds only spaces and a comment.
        mutating func endOfLine(_ message: String) throws(SyntaxError) {
            skipSpaces()
            skipComment()
            guard peek == nil || peek == 0x0A else { throw SyntaxError(line: line, message: message) }
            if peek == 0x0A { advance() }
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
            guard let byte = peek, byte != 0x0A else { throw SyntaxError(line: line, message: "a value is missing") }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return .string(try string())
            case UInt8(ascii: "["):
                let opened = line
                advance()
                var items: [ConfigValue] = []
                while true {
                    skipBlankLinesAndComments()
                    guard peek != nil else { throw SyntaxError(line: opened, message: "the array opened here is never closed with ]") }
                    if peek == UInt8(ascii: "]") { advance(); return .array(items) }
                    items.append(try value())
                    skipBlankLinesAndComments()
                    guard peek != nil else { throw SyntaxError(line: opened, message: "the array opened here is never closed with ]") }
                    if peek == UInt8(ascii: ",") { advance(); continue }
                    guard peek == UInt8(ascii: "]") else { throw SyntaxError(line: line, message: "expected , or ] in the array") }
                }
            case UInt8(ascii: "{"):
                throw SyntaxError(line: line, message: "inline tables are not supported; use a [table]")
            default:
                let start = index
                while let next = peek, next != 0x20, next != 0x09, next != 0x0D, next != 0x0A, next != UInt8(ascii: ","),
                      next != UInt8(ascii: "]"), next != UInt8(ascii: "#") { advance() }
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
            while let byte = peek, byte != 0x0A {
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
