#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Date {
    /// `2026-06-01T00:00:00Z`: UTC, whole seconds, the form SAML uses.
    public var iso8601: String {
        let seconds = Int(timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        let (year, month, day) = Date.civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = year >= 0 && year < 10_000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    /// `2026-06-01`: the UTC calendar date.
    public var iso8601Day: String { String(iso8601.prefix(10)) }

    /// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Describes a span of time in words for messages: "3 days", "5 hours", "40 minutes".
func describeInterval(_ seconds: Double) -> String {
    let magnitude = abs(seconds)
    func plural(_ value: Int, _ unit: String) -> String { "\(value) \(unit)\(value == 1 ? "" : "s")" }
    if magnitude >= 2 * 86_400 { return plural(Int(magnitude / 86_400), "day") }
    if magnitude >= 2 * 3600 { return plural(Int(magnitude / 3600), "hour") }
    if magnitude >= 120 { return plural(Int(magnitude / 60), "minute") }
    return plural(Int(magnitude), "second")
}

/// A span as whole days and hours, always both ("28 days and 12 hours"): exact where the
/// message compares it with a limit in days, and the same words from one run to the next.
func describeDaysAndHours(_ seconds: Double) -> String {
    let hours = Int(abs(seconds) / 3600)
    let days = hours / 24
    return "\(days) day\(days == 1 ? "" : "s") and \(hours % 24) hour\(hours % 24 == 1 ? "" : "s")"
}
