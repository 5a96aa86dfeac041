/// JSON text being written as UTF-8 bytes: how the per-finding parts of the JSON and SARIF
/// reports are built. A large aggregate's report has 68,000 findings of some thirty pieces
/// each, and appending to a byte array costs a copy where appending to a `String` also
/// re-examines the string's storage, count and flags every time.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    static func += (out: inout JSONBytes, piece: String) {
        // Through the string's own buffer: one copy, where appending `piece.utf8` goes byte by byte.
        var piece = piece
        piece.withUTF8 { out.bytes.append(contentsOf: $0) }
    }

    /// Bytes made by another JSONBytes (a run that recurs unchanged).
    mutating func append(_ run: [UInt8]) {
        bytes.append(contentsOf: run)
    }

    /// `count` spaces.
    mutating func pad(_ count: Int) {
        indentation(count, from: 1)
    }

    /// A line break and `count` spaces: where most pieces of pretty-printed JSON start.
    mutating func newline(_ count: Int) {
        indentation(count + 1, from: 0)
    }

    private mutating func indentation(_ count: Int, from start: Int) {
        if start + count <= Self.lineStart.count {
            Self.lineStart.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<(start + count)])) }
        } else {
            if start == 0 { bytes.append(UInt8(ascii: "\n")) }
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count - (start == 0 ? 1 : 0)))
        }
    }

    /// A line break followed by spaces, for ``pad(_:)`` and ``newline(_:)`` to copy from.
    private static let lineStart = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 40)

    /// A JSON string literal as ``PrettyJSON/string(_:)`` writes it, or `null`.
    mutating func string(_ text: String?) {
        guard var text else {
            self += "null"
            return
        }
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            if PrettyJSON.needsEscaping(utf8) {
                appendEscaped(utf8)
            } else {
                bytes.append(contentsOf: utf8)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// UTF-8 with `"`, `\` and control characters escaped as JSONEncoder escapes them. Bytes of
    /// multi-byte characters are all 0x80 or more, so escaping byte by byte is exact.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let hex = Array("0123456789abcdef".utf8)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): self += "\\\""
            case UInt8(ascii: "\\"): self += "\\\\"
            case 0x0A: self += "\\n"
            case 0x0D: self += "\\r"
            case 0x09: self += "\\t"
            case 0x08: self += "\\b"
            case 0x0C: self += "\\f"
            case ..<0x20:
                self += "\\u00"
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
    }

    /// An integer, or `null`.
    mutating func int(_ value: Int?) {
        self += value.map(String.init) ?? "null"
    }
}
