internal import CLibXML2
internal import CSupport

/// Parsing a large aggregate as two halves side by side, one per core, into one tree.
///
/// libxml2 parses on one thread, and on a 10,000-entity aggregate everything else waits for it.
/// An aggregate is a document element holding thousands of `EntityDescriptor`s, so it can be cut
/// after an `EntityDescriptor` end tag near the middle:
/// - the first half is the bytes before the cut, closed with the document element's end tag;
/// - the second half is the prolog and the document element's start tag, copied, followed by the
///   bytes after the cut.
/// Both are parsed with the same safe options; the second half's children are then moved under
/// the first half's document element (see `samlcheck_graft_halves`), with their lines shifted.
///
/// Why the result is the document's own tree: the first half is well-formed only if the cut lies
/// in the content of the document element and nowhere else: not in a tag (a `<` cannot occur in
/// an attribute value), comment, CDATA section or processing instruction (each would be left
/// open), not inside another element (the added end tag would not match it, or the document
/// element would be left open). The parser's state there is then exactly what the copied start
/// tag re-creates: depth one, the document element's namespace declarations, no DTD (a DOCTYPE is
/// never split). So the whole is well-formed exactly when both halves are, and has the same
/// nodes. Whenever either half is not a document, nothing is kept and the caller parses the whole
/// input as one, so errors are reported as they always were.
enum SplitParse {
    /// Where to cut an input.
    struct Plan: Equatable {
        /// Offset just past the document element's start tag.
        var prologEnd: Int
        /// Offset just past the chosen `EntityDescriptor` end tag.
        var cut: Int
        /// The document element's qualified name, as written.
        var rootName: [UInt8]
        /// Line breaks in the prolog and start tag (the second half's lines start after them).
        var prologLineBreaks: Int

        /// The prolog is read from the first 64 KiB, the cut sought in the 1 MiB after the middle
        /// of the content (an entity is a few KiB; a document without an end tag there is parsed
        /// whole).
        static let prologWindow = 64 << 10
        static let cutWindow = 1 << 20
        static let cutFraction = 0.5

        /// A plan for `source`, or nil when it should be parsed whole: no UTF-8 prolog with a
        /// document element start tag that has content, or no `EntityDescriptor` end tag near the middle.
        init?(_ source: RandomAccessBytes) {
            let head = source.bytes(in: 0..<min(source.count, Self.prologWindow))
            guard let start = Self.documentElementStart(head) else { return nil }
            let middle = start.end + Int(Double(source.count - start.end) * Self.cutFraction)
            let window = source.bytes(in: middle..<min(source.count, middle + Self.cutWindow))
            guard let cut = Self.entityDescriptorEnd(in: window).map({ middle + $0 }), cut < source.count else { return nil }
            prologEnd = start.end
            self.cut = cut
            rootName = start.name
            prologLineBreaks = head[0..<start.end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }

        /// Skips an optional byte-order mark, white space, the XML declaration, comments and
        /// processing instructions, and returns the end of the document element's start tag and
        /// its name. Nil for a DOCTYPE, an encoding other than UTF-8, an empty document element,
        /// or anything unexpected (the whole parse then says what is wrong).
        static func documentElementStart(_ head: [UInt8]) -> (end: Int, name: [UInt8])? {
            var index = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while index < head.count {
                let byte = head[index]
                if isSpace(byte) { index += 1; continue }
                guard byte == ascii("<"), index + 1 < head.count else { return nil }
                if head[index + 1] == ascii("?") {
                    guard let close = find([ascii("?"), ascii(">")], in: head, from: index + 2) else { return nil }
                    guard declaresUTF8(head[index..<close]) else { return nil }
                    index = close + 2
                    continue
                }
                if head[index + 1] == ascii("!") {
                    guard head[index...].starts(with: Array("<!--".utf8)),
                          let close = find(Array("-->".utf8), in: head, from: index + 4) else { return nil }
                    index = close + 3
                    continue
                }
                var cursor = index + 1
                while cursor < head.count, !isSpace(head[cursor]), head[cursor] != ascii("/"), head[cursor] != ascii(">") {
                    cursor += 1
                }
                let name = Array(head[(index + 1)..<cursor])
                guard !name.isEmpty else { return nil }
                var quote: UInt8?
                while cursor < head.count {
                    let current = head[cursor]
                    if let open = quote {
                        if current == open { quote = nil }
                    } else if current == ascii("\"") || current == ascii("'") {
                        quote = current
                    } else if current == ascii("<") {
                        return nil
                    } else if current == ascii(">") {
                        return head[cursor - 1] == ascii("/") ? nil : (cursor + 1, name)
                    }
                    cursor += 1
                }
                return nil
            }
            return nil
        }

        /// Whether an XML declaration (`<?xml …`, up to its `?>`) leaves the encoding UTF-8;
        /// other processing instructions pass.
        static func declaresUTF8(_ declaration: ArraySlice<UInt8>) -> Bool {
            let text = Array(declaration)
            guard text.starts(with: Array("<?xml".utf8)), text.count > 5, isSpace(text[5]) else { return true }
            guard let key = find(Array("encoding".utf8), in: text, from: 5) else { return true }
            var index = key + 8
            while index < text.count, isSpace(text[index]) || text[index] == ascii("=") { index += 1 }
            guard index < text.count, text[index] == ascii("\"") || text[index] == ascii("'") else { return false }
            let quote = text[index]
            guard let close = text[(index + 1)...].firstIndex(of: quote) else { return false }
            let value = String(decoding: text[(index + 1)..<close], as: UTF8.self).lowercased()
            return value == "utf-8" || value == "utf8"
        }

        /// The offset just past the first `</EntityDescriptor>` or `</prefix:EntityDescriptor>`.
        static func entityDescriptorEnd(in window: [UInt8]) -> Int? {
            let name = Array("EntityDescriptor>".utf8)
            var from = 0
            while let found = find(name, in: window, from: from) {
                from = found + 1
                var start = found
                if start >= 1, window[start - 1] == ascii(":") {
                    start -= 1
                    let colon = start
                    while start >= 1, isNameByte(window[start - 1]) { start -= 1 }
                    guard start < colon else { continue }
                }
                if start >= 2, window[start - 2] == ascii("<"), window[start - 1] == ascii("/") { return found + name.count }
            }
            return nil
        }

        private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        private static func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F
        }

        private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
            guard let first = needle.first, haystack.count >= needle.count else { return nil }
            var index = start
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first {
                    var matched = 1
                    while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }

    /// Parses the two halves side by side and grafts them; nil when either is not a document.
    static func parse(_ source: RandomAccessBytes, plan: Plan, limits: ParseLimits) -> XMLTree? {
        let endTag = Array("</".utf8) + plan.rootName + Array(">".utf8)
        let firstHalf = ParserInput(pieces: [source.piece(0..<plan.cut), .bytes(endTag)], limit: limits.maximumBytes)
        let secondHalf = Exclusive(ParserInput(pieces: [source.piece(0..<plan.prologEnd),
                                                        source.piece(plan.cut..<source.count, toEndOfFile: true)],
                                               limit: limits.maximumBytes))
        let (second, first) = ConcurrentPair.run(
            { Exclusive(SafeParser.parseDocument(secondHalf.value, limits: limits).outcome) },
            { SafeParser.parseDocument(firstHalf, limits: limits) })
        guard case .parsed(let host) = first.outcome, case .parsed(let donor) = second.value, first.lastLine > 0,
              !firstHalf.exceededLimit, !secondHalf.value.exceededLimit,
              firstHalf.total == plan.cut + endTag.count else { return nil }
        // The first half ends on line (line breaks before the cut) + 1; the second half's content
        // starts after the prolog's line breaks.
        let lineOffset = first.lastLine - 1 - plan.prologLineBreaks
        guard lineOffset >= 0, host.graft(donor, lineOffset: lineOffset) else { return nil }
        return host
    }

    /// A value used by one thread at a time: handed to the other lane, then back after joining it.
    private final class Exclusive<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
