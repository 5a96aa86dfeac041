extension StringProtocol {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isXMLWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// True when the string contains an XML whitespace character anywhere.
    var containsXMLWhitespace: Bool { unicodeScalars.contains(where: \.isXMLWhitespace) }

    /// True when the string is empty or only XML whitespace.
    var isBlank: Bool { unicodeScalars.allSatisfy(\.isXMLWhitespace) }
}

extension Unicode.Scalar {
    /// XML 1.0's S production: space, tab, carriage return, line feed.
    var isXMLWhitespace: Bool { value == 0x20 || value == 0x09 || value == 0x0D || value == 0x0A }
}
