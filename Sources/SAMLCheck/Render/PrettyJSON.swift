#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// JSON text exactly as `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, built piece by piece so that the JSON and SARIF reports of a large
/// aggregate stream like the text report instead of being encoded whole. Callers write object
/// keys in sorted order; small values that need no speed go through `JSONEncoder` itself
/// (``fragment(_:indent:)``), so both always agree.
enum PrettyJSON {
    /// A JSON string literal: `"`, `\` and control characters escaped as JSONEncoder does
    /// (`\n`, `\t`, `\u0001`…), `/` and everything else as it is.
    static func string(_ text: String) -> String {
        if !needsEscaping(text) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether a string holds a byte JSON escapes (a control character, `"` or `\`).
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(needsEscaping)
    }

    static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    }

    /// Appends a string literal (or `null`) to `out` without building it first.
    static func appendString(_ text: String?, to out: inout String) {
        guard let text else {
            out += "null"
            return
        }
        if needsEscaping(text) {
            out += string(text)
        } else {
            out += "\""
            out += text
            out += "\""
        }
    }

    /// A string literal or `null`.
    static func string(_ text: String?) -> String { text.map(string) ?? "null" }

    /// An integer or `null`.
    static func int(_ value: Int?) -> String { value.map(String.init) ?? "null" }

    /// `count` spaces (cached for the depths reports use).
    static func pad(_ count: Int) -> String { count < pads.count ? pads[count] : String(repeating: " ", count: count) }
    private static let pads = (0..<24).map { String(repeating: " ", count: $0) }

    /// `"key" : value` members as an object at `indent` (the opening brace is where the caller is).
    static func object(_ members: [(key: String, value: String)], indent: Int) -> String {
        guard !members.isEmpty else { return "{\n\n" + pad(indent) + "}" }
        let inner = pad(indent + 2)
        return "{\n" + members.map { inner + string($0.key) + " : " + $0.value }.joined(separator: ",\n") + "\n" + pad(indent) + "}"
    }

    /// Rendered items as an array at `indent`.
    static func array(_ items: [String], indent: Int) -> String {
        guard !items.isEmpty else { return "[\n\n" + pad(indent) + "]" }
        let inner = pad(indent + 2)
        return "[\n" + items.map { inner + $0 }.joined(separator: ",\n") + "\n" + pad(indent) + "]"
    }

    /// Any Encodable value through JSONEncoder, re-indented to sit at `indent`.
    static func fragment<Value: Encodable>(_ value: Value, indent: Int) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try! encoder.encode(value), as: UTF8.self)
        guard indent > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : pad(indent) + $0.element }
            .joined(separator: "\n")
    }

    /// An optional Encodable value, or `null`.
    static func fragment<Value: Encodable>(_ value: Value?, indent: Int) -> String {
        value.map { fragment($0, indent: indent) } ?? "null"
    }

    /// Writes an array of `count` items, each written by `item` when its turn comes, so that a
    /// large array never exists whole.
    static func streamArray(into out: inout ChunkedText, indent: Int, count: Int, item: (inout ChunkedText, Int) -> Void) {
        guard count > 0 else {
            out += "[\n\n" + pad(indent) + "]"
            return
        }
        let inner = pad(indent + 2)
        out += "[\n"
        for index in 0..<count {
            if index > 0 { out += ",\n" }
            out += inner
            item(&out, index)
        }
        out += "\n" + pad(indent) + "]"
    }

    /// Like ``streamArray(into:indent:count:item:)`` for many items rendered independently:
    /// they are rendered on all cores, a run of items into one byte buffer, a window at a time
    /// (so memory stays bounded), and written in order.
    /// `bytesPerItem` is about an item's size, so that a run's buffer is allocated once.
    static func streamArrayInParallel(into out: inout ChunkedText, indent: Int, count: Int, bytesPerItem: Int = 1_024,
                                      item: @Sendable (inout JSONBytes, Int) -> Void) {
        guard count > 0 else {
            out += "[\n\n" + pad(indent) + "]"
            return
        }
        let window = 8_192
        let run = 256
        out += "[\n"
        var start = 0
        while start < count {
            let end = min(count, start + window)
            let base = start
            let runs = (end - base + run - 1) / run
            let rendered = Parallel.map(runs, chunkSize: 1) { part -> [UInt8] in
                let first = base + part * run
                let last = min(end, first + run)
                var bytes = JSONBytes(capacity: (last - first) * bytesPerItem)
                for index in first..<last {
                    if index > 0 { bytes += ",\n" }
                    bytes.pad(indent + 2)
                    item(&bytes, index)
                }
                return bytes.bytes
            }
            for run in rendered { out.append(utf8: run) }
            start = end
        }
        out += "\n" + pad(indent) + "]"
    }
}
