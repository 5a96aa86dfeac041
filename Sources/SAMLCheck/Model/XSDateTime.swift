#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An `xs:dateTime` attribute value as written, with the instant it denotes when it is valid.
public struct XSDateTime: Sendable, Hashable {
    /// The attribute value exactly as it appears in the document.
    public let lexical: String
    /// The instant, nil when the value is not a valid xs:dateTime. A value without a time zone is
    /// read as UTC, which is what SAML requires all times to be.
    public let date: Date?
    /// True when the value ends in `Z` (or the equivalent `+00:00`/`-00:00`).
    public let isUTC: Bool
    /// True when the value carries a time-zone designator at all.
    public let hasTimeZone: Bool
    /// True when the value is written with `Z`, the form SAML asks for.
    public let usesZ: Bool

    /// Reads `lexical`.
    public init(_ lexical: String) {
        self.lexical = lexical
        let parsed = XSDateTime.parse(lexical.trimmingWhitespace())
        self.date = parsed?.date
        self.hasTimeZone = parsed?.offsetSeconds != nil
        self.isUTC = parsed.map { $0.offsetSeconds == nil || $0.offsetSeconds == 0 } ?? false
        self.usesZ = parsed?.usesZ ?? false
    }

    private struct Parsed { var date: Date; var offsetSeconds: Int?; var usesZ: Bool }

    /// Parses `[-]YYYY-MM-DDThh:mm:ss[.fff][Z|(+|-)hh:mm]` strictly, as XML Schema defines it.
    private static func parse(_ text: String) -> Parsed? {
        let bytes = Array(text.utf8)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = bytes[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == character else { return false }
            index += 1
            return true
        }
        var negativeYear = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { negativeYear = true; index += 1 }
        // Years have at least four digits; more are allowed without leading zeros.
        var yearDigits = 0
        while index + yearDigits < bytes.count, bytes[index + yearDigits] >= 48, bytes[index + yearDigits] <= 57 { yearDigits += 1 }
        guard yearDigits >= 4, yearDigits <= 9 else { return nil }
        guard var year = digits(yearDigits) else { return nil }
        if negativeYear { year = -year }
        guard expect(UInt8(ascii: "-")), let month = digits(2), expect(UInt8(ascii: "-")), let day = digits(2),
              expect(UInt8(ascii: "T")), let hour = digits(2), expect(UInt8(ascii: ":")), let minute = digits(2),
              expect(UInt8(ascii: ":")), let second = digits(2) else { return nil }
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            var count = 0
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
                count += 1
            }
            guard count > 0 else { return nil }
        }
        var offset: Int? = nil
        var usesZ = false
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") {
                index += 1
                offset = 0
                usesZ = true
            } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
                guard let offsetHours = digits(2), expect(UInt8(ascii: ":")), let offsetMinutes = digits(2),
                      offsetHours <= 14, offsetMinutes < 60 else { return nil }
                offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
            } else {
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else { return nil }
        // 24:00:00 is the end of the day in XML Schema 1.0.
        guard (hour < 24 && minute < 60 && second < 60) || (hour == 24 && minute == 0 && second == 0 && fraction == 0) else {
            return nil
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + second) + fraction - Double(offset ?? 0)
        return Parsed(date: Date(timeIntervalSince1970: seconds), offsetSeconds: offset, usesZ: usesZ)
    }

    private static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
