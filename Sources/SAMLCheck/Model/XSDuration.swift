/// An `xs:duration` attribute value (such as `cacheDuration="PT6H"`) as written, with its length.
public struct XSDuration: Sendable, Hashable {
    /// The attribute value exactly as it appears in the document.
    public let lexical: String
    /// The length in seconds, nil when the value is not a valid xs:duration. Years count as 365
    /// days and months as 30, which is exact enough for the hour-to-week ranges metadata uses.
    public let seconds: Double?

    /// Reads `lexical`.
    public init(_ lexical: String) {
        self.lexical = lexical
        self.seconds = XSDuration.parse(lexical.trimmingWhitespace())
    }

    /// Parses `[-]PnYnMnDTnHnMnS` (at least one component; `T` only before a time component).
    private static func parse(_ text: String) -> Double? {
        var scalars = Substring(text)
        var sign = 1.0
        if scalars.first == "-" { sign = -1; scalars = scalars.dropFirst() }
        guard scalars.first == "P" else { return nil }
        scalars = scalars.dropFirst()
        var total = 0.0
        var inTime = false
        var sawComponent = false
        var sawTimeComponent = false
        var number = ""
        var order = 0
        let dateUnits: [Character: (Int, Double)] = ["Y": (1, 365 * 86_400), "M": (2, 30 * 86_400), "D": (3, 86_400)]
        let timeUnits: [Character: (Int, Double)] = ["H": (4, 3600), "M": (5, 60), "S": (6, 1)]
        for character in scalars {
            if character.isASCII, character.isNumber || character == "." {
                number.append(character)
                continue
            }
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            guard let unit = (inTime ? timeUnits : dateUnits)[character], !number.isEmpty,
                  unit.0 > order, let value = Double(number) else { return nil }
            // Only seconds may carry a fraction.
            if number.contains("."), character != "S" || !inTime { return nil }
            if number.hasPrefix(".") || number.hasSuffix(".") { return nil }
            total += value * unit.1
            order = unit.0
            number = ""
            sawComponent = true
            if inTime { sawTimeComponent = true }
        }
        guard number.isEmpty, sawComponent, !inTime || sawTimeComponent else { return nil }
        return sign * total
    }
}
