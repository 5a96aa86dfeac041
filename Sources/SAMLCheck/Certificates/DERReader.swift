/// A minimal, strict reader of ASN.1 DER: tag, length, content. Enough to pull the handful of
/// fields samlcheck reports out of an X.509 certificate without OpenSSL's decoder, which costs
/// ~180 µs per certificate on OpenSSL 3.0 (18,674 certificates in an eduGAIN-sized aggregate).
struct DERReader {
    struct Element {
        /// The identifier octet (class, constructed bit, tag number < 31).
        let tag: UInt8
        /// Index of the first content byte and one past the last, in the reader's buffer.
        let contentStart: Int
        let contentEnd: Int
        /// Index of the identifier octet (start of the whole TLV).
        let start: Int

        var isConstructed: Bool { tag & 0x20 != 0 }
        var length: Int { contentEnd - contentStart }
    }

    enum Failure: Error, Equatable, CustomStringConvertible {
        case truncated(at: Int)
        case unexpectedTag(expected: UInt8, found: UInt8, at: Int)
        case badLength(at: Int)
        case highTagNumber(at: Int)
        case invalidValue(String)

        var description: String {
            switch self {
            case .truncated(let offset): return "the DER ends early (at byte \(offset))"
            case .unexpectedTag(let expected, let found, let offset):
                return "expected ASN.1 tag 0x\(String(expected, radix: 16)) at byte \(offset), found 0x\(String(found, radix: 16))"
            case .badLength(let offset): return "an invalid DER length at byte \(offset)"
            case .highTagNumber(let offset): return "an unsupported ASN.1 tag at byte \(offset)"
            case .invalidValue(let what): return what
            }
        }
    }

    static let sequence: UInt8 = 0x30
    static let set: UInt8 = 0x31
    static let integer: UInt8 = 0x02
    static let bitString: UInt8 = 0x03
    static let octetString: UInt8 = 0x04
    static let null: UInt8 = 0x05
    static let objectIdentifier: UInt8 = 0x06
    static let utcTime: UInt8 = 0x17
    static let generalizedTime: UInt8 = 0x18

    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.position = 0
        self.end = bytes.count
    }

    /// A reader over the content of `element`.
    init(bytes: [UInt8], inside element: Element) {
        self.bytes = bytes
        self.position = element.contentStart
        self.end = element.contentEnd
    }

    var isAtEnd: Bool { position >= end }

    /// The next element's tag without consuming it.
    var peekTag: UInt8? { position < end ? bytes[position] : nil }

    mutating func read() throws(Failure) -> Element {
        let start = position
        guard position < end else { throw .truncated(at: position) }
        let tag = bytes[position]
        if tag & 0x1F == 0x1F { throw .highTagNumber(at: position) }
        position += 1
        guard position < end else { throw .truncated(at: position) }
        let first = bytes[position]
        position += 1
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count > 0, count <= 4 else { throw .badLength(at: position - 1) }
            guard position + count <= end else { throw .truncated(at: position) }
            for _ in 0..<count {
                length = length << 8 | Int(bytes[position])
                position += 1
            }
            // DER: the shortest form.
            guard length >= 0x80, count == 1 || bytes[position - count] != 0 else { throw .badLength(at: start + 1) }
        }
        guard length <= end - position else { throw .truncated(at: end) }
        let element = Element(tag: tag, contentStart: position, contentEnd: position + length, start: start)
        position += length
        return element
    }

    mutating func read(expecting tag: UInt8) throws(Failure) -> Element {
        let at = position
        let element = try read()
        guard element.tag == tag else { throw .unexpectedTag(expected: tag, found: element.tag, at: at) }
        return element
    }

    /// Reads the element when its tag is `tag`, otherwise leaves the position unchanged.
    mutating func readIfPresent(_ tag: UInt8) throws(Failure) -> Element? {
        guard peekTag == tag else { return nil }
        return try read()
    }

    // MARK: Values

    func content(_ element: Element) -> ArraySlice<UInt8> { bytes[element.contentStart..<element.contentEnd] }

    /// An OBJECT IDENTIFIER in dotted form.
    func objectIdentifier(_ element: Element) throws(Failure) -> String {
        let content = self.content(element)
        guard let first = content.first else { throw .invalidValue("an empty object identifier") }
        var parts: [String] = []
        let head = Int(first)
        parts.append(String(min(head / 40, 2)))
        parts.append(String(head - min(head / 40, 2) * 40))
        var value = 0
        var pending = false
        for byte in content.dropFirst() {
            guard value < Int.max >> 8 else { throw .invalidValue("an object identifier arc is too large") }
            value = value << 7 | Int(byte & 0x7F)
            pending = true
            if byte & 0x80 == 0 {
                parts.append(String(value))
                value = 0
                pending = false
            }
        }
        guard !pending else { throw .invalidValue("a truncated object identifier") }
        return parts.joined(separator: ".")
    }

    /// The magnitude bytes of an INTEGER (leading zero octets removed) and whether it is negative.
    func integer(_ element: Element) -> (magnitude: ArraySlice<UInt8>, negative: Bool) {
        var content = self.content(element)
        let negative = (content.first ?? 0) & 0x80 != 0
        while content.count > 1, content.first == 0 { content = content.dropFirst() }
        return (content, negative)
    }
}
