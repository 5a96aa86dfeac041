extension StringProtocol {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF). Works on the
    /// UTF-8 bytes (the whitespace is ASCII) and returns the string itself when nothing is trimmed.
    func trimmingWhitespace() -> String {
        let bounds: (Int, Int)? = utf8.withContiguousStorageIfAvailable { Self.contentBounds($0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.contentBounds($0) }
        guard let (first, end) = bounds else { return "" }
        let count = utf8.count
        if first == 0 && end == count { return String(self) }
        let start = utf8.index(utf8.startIndex, offsetBy: first)
        let stop = utf8.index(utf8.startIndex, offsetBy: end)
        return String(self[start..<stop])
    }

    /// Offsets of the first non-whitespace byte and one past the last; nil when all is whitespace.
    private static func contentBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var first = 0
        while first < bytes.count, bytes[first].isXMLWhitespaceByte { first += 1 }
        guard first < bytes.count else { return nil }
        var end = bytes.count
        while end > first, bytes[end - 1].isXMLWhitespaceByte { end -= 1 }
        return (first, end)
    }

    /// True when the string contains an XML whitespace character anywhere.
    var containsXMLWhitespace: Bool { utf8.contains(where: \.isXMLWhitespaceByte) }

    /// True when the string is empty or only XML whitespace.
    var isBlank: Bool { utf8.allSatisfy(\.isXMLWhitespaceByte) }

    /// Whether the string contains `needle` (ASCII), ignoring ASCII case, without allocating.
    func containsASCIIIgnoringCase(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8).map { $0.asciiLowercased }
        guard !pattern.isEmpty else { return true }
        if let found = utf8.withContiguousStorageIfAvailable({ Self.search($0, for: pattern) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { Self.search($0, for: pattern) }
    }

    /// The index of the first of `patterns` (lower-case ASCII bytes) the string contains,
    /// ignoring ASCII case: one pass over the bytes for all patterns, no allocation.
    func firstASCIIMatchIgnoringCase(_ patterns: ASCIIPatternSet) -> Int? {
        if let found = utf8.withContiguousStorageIfAvailable({ patterns.firstMatch(in: $0) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { patterns.firstMatch(in: $0) }
    }

    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty else { return true }
        let head = pattern[0]
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        let lastStart = bytes.count - pattern.count
        while index <= lastStart {
            if bytes[index].asciiLowercased == head {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset].asciiLowercased != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}

extension UInt8 {
    var isXMLWhitespaceByte: Bool { self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0A }
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}

extension Unicode.Scalar {
    /// XML 1.0's S production: space, tab, carriage return, line feed.
    var isXMLWhitespace: Bool { value == 0x20 || value == 0x09 || value == 0x0D || value == 0x0A }
}

/// A few ASCII patterns matched together, case-insensitively: a table of the bytes patterns start
/// with lets one pass over the text skip every position no pattern can start at.
struct ASCIIPatternSet: Sendable {
    let patterns: [[UInt8]]
    private let startsWith: [Bool]

    init(_ words: [String]) {
        patterns = words.map { Array($0.utf8).map(\.asciiLowercased) }
        var table = [Bool](repeating: false, count: 256)
        for pattern in patterns where !pattern.isEmpty { table[Int(pattern[0])] = true }
        startsWith = table
    }

    /// The index (in `patterns`) of the pattern found earliest in `bytes`, nil when none is.
    func firstMatch(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: (position: Int, pattern: Int)?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index].asciiLowercased
            if startsWith[Int(byte)] {
                for (number, pattern) in patterns.enumerated() where pattern[0] == byte && index + pattern.count <= bytes.count {
                    var matched = true
                    for offset in 1..<max(1, pattern.count) where bytes[index + offset].asciiLowercased != pattern[offset] {
                        matched = false
                        break
                    }
                    if matched, best == nil || number < best!.pattern { best = (index, number) }
                }
                if best != nil { return best!.pattern }
            }
            index += 1
        }
        return nil
    }
}
