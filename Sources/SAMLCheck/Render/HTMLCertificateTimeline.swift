#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The HTML report's certificate-expiry timeline: an inline SVG with one bar per certificate
/// (entity and use) from notBefore to notAfter, soonest to expire first, with today's line and
/// the 30-day warning band. Expired certificates are red, those inside the band amber.
///
/// An aggregate holds thousands of certificates: the first chart shows the hundred around today
/// (just expired and expiring next), the rest follow in closed `<details>` blocks of a fixed
/// size that the browser lays out only when opened.
struct HTMLCertificateTimeline {
    let certificates: [CertificateExpiry]
    let now: Date

    /// Bars in the chart shown at once, and in each block after it.
    static let firstChartSize = 100
    static let laterChartSize = 1000
    static let warningDays = 30

    private static let width = 960
    private static let labelWidth = 330
    private static let rowHeight = 16
    private static let axisHeight = 22
    private static let day: Double = 86_400

    /// The time axis, shared by every chart of the document so that bars compare.
    private let start: Date
    private let end: Date

    init(certificates: [CertificateExpiry], now: Date) {
        self.certificates = certificates.sorted {
            ($0.notAfter, $0.entityID ?? "", $0.use, $0.fingerprint) < ($1.notAfter, $1.entityID ?? "", $1.use, $1.fingerprint)
        }
        self.now = now
        // From the earliest notBefore to the latest notAfter, but never more than five years
        // back or ten ahead (a certificate valid until 2100 would flatten every other bar), and
        // always with some room around today and the warning band.
        let year = 365 * Self.day
        let earliest = certificates.compactMap(\.notBefore).min() ?? now.addingTimeInterval(-year)
        let latest = certificates.map(\.notAfter).max() ?? now.addingTimeInterval(year)
        start = max(min(earliest, now.addingTimeInterval(-60 * Self.day)), now.addingTimeInterval(-5 * year))
        end = min(max(latest, now.addingTimeInterval(Double(Self.warningDays + 60) * Self.day)), now.addingTimeInterval(10 * year))
    }

    func write(into out: inout ChunkedText) {
        guard !certificates.isEmpty else {
            out += "<p class=\"none\">No readable certificates.</p>\n"
            return
        }
        let expired = certificates.filter { $0.notAfter < now }.count
        let soon = certificates.filter { $0.notAfter >= now && $0.notAfter < now.addingTimeInterval(Double(Self.warningDays) * Self.day) }.count
        out += "<p class=\"legend\">\(certificates.count) certificate\(certificates.count == 1 ? "" : "s") by expiry, the ones around today first: "
            + "<span class=\"expired\">\(expired) expired</span>, <span class=\"soon\">\(soon) within \(Self.warningDays) days</span>. "
            + "The shaded band is the next \(Self.warningDays) days; the line is \(now.iso8601Day).</p>\n"
        // The chart shown at once is the one that matters today: from the certificates that
        // expired in the last 30 days on, the next ones to expire. Those that expired earlier and
        // those that last longer follow in closed blocks.
        let recent = certificates.firstIndex { $0.notAfter >= now.addingTimeInterval(-Double(Self.warningDays) * Self.day) } ?? certificates.count
        let firstStart = min(recent, max(certificates.count - Self.firstChartSize, 0))
        let firstEnd = min(firstStart + Self.firstChartSize, certificates.count)
        chart(certificates[firstStart..<firstEnd], into: &out)
        blocks(certificates[0..<firstStart], heading: "Expired earlier", into: &out)
        blocks(certificates[firstEnd...], heading: "Later", into: &out)
    }

    private func blocks(_ rows: ArraySlice<CertificateExpiry>, heading: String, into out: inout ChunkedText) {
        var offset = rows.startIndex
        while offset < rows.endIndex {
            let upper = min(offset + Self.laterChartSize, rows.endIndex)
            out += "<details class=\"more-certificates\"><summary>\(heading): certificates \(offset + 1)–\(upper) of \(certificates.count), "
                + "expiring \(certificates[offset].notAfter.iso8601Day) to \(certificates[upper - 1].notAfter.iso8601Day)</summary>\n"
            chart(rows[offset..<upper], into: &out)
            out += "</details>\n"
            offset = upper
        }
    }

    private func chart(_ rows: ArraySlice<CertificateExpiry>, into out: inout ChunkedText) {
        let height = Self.axisHeight + rows.count * Self.rowHeight + 4
        let bandStart = x(now), bandEnd = x(now.addingTimeInterval(Double(Self.warningDays) * Self.day))
        out += "<svg class=\"timeline\" role=\"img\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" "
            + "aria-label=\"Certificate validity periods\">\n"
        out += "<rect class=\"band\" x=\"\(bandStart)\" y=\"\(Self.axisHeight)\" width=\"\(max(bandEnd - bandStart, 1))\" height=\"\(height - Self.axisHeight)\"/>\n"
        writeAxis(height: height, into: &out)
        for (row, certificate) in rows.enumerated() {
            let top = Self.axisHeight + row * Self.rowHeight
            let status = certificate.notAfter < now ? "expired"
                : certificate.notAfter < now.addingTimeInterval(Double(Self.warningDays) * Self.day) ? "soon" : "ok"
            let from = certificate.notBefore.map(x) ?? Self.labelWidth
            let to = x(certificate.notAfter)
            let who = (certificate.entityID ?? "(document signature)") + " · " + (certificate.role.map { $0 + " " } ?? "") + certificate.use
            let period = (certificate.notBefore?.iso8601Day ?? "?") + " to " + certificate.notAfter.iso8601Day
            out += "<g class=\"certificate \(status)\">"
                + "<title>\(HTMLText.escaped(who + ": " + period + " (" + certificate.fingerprint + ")"))</title>"
                + "<text x=\"\(Self.labelWidth - 6)\" y=\"\(top + 12)\" text-anchor=\"end\">\(HTMLText.escaped(Self.shortened(who, to: 52)))</text>"
                + "<rect x=\"\(from)\" y=\"\(top + 3)\" width=\"\(max(to - from, 2))\" height=\"\(Self.rowHeight - 6)\" rx=\"2\"/></g>\n"
        }
        out += "<line class=\"today\" x1=\"\(bandStart)\" x2=\"\(bandStart)\" y1=\"\(Self.axisHeight - 4)\" y2=\"\(height)\"/>\n</svg>\n"
    }

    /// A tick and label at the start of each year (every second or fifth year on long axes).
    private func writeAxis(height: Int, into out: inout ChunkedText) {
        let firstYear = Int(start.iso8601.prefix(4)) ?? 1970
        let lastYear = Int(end.iso8601.prefix(4)) ?? firstYear
        let step = lastYear - firstYear > 12 ? 5 : lastYear - firstYear > 6 ? 2 : 1
        var year = firstYear + 1
        while year <= lastYear {
            // A label too close to the right end would be cut off.
            if year % step == 0, let date = Self.januaryFirst(year), x(date) < Self.width - 24 {
                let position = x(date)
                out += "<line class=\"tick\" x1=\"\(position)\" x2=\"\(position)\" y1=\"\(Self.axisHeight - 4)\" y2=\"\(height)\"/>"
                    + "<text class=\"year\" x=\"\(position)\" y=\"14\" text-anchor=\"middle\">\(year)</text>\n"
            }
            year += 1
        }
    }

    /// The horizontal position of a date, clamped to the chart.
    private func x(_ date: Date) -> Int {
        let span = max(end.timeIntervalSince(start), 1)
        let fraction = min(max(date.timeIntervalSince(start) / span, 0), 1)
        return Self.labelWidth + Int((fraction * Double(Self.width - Self.labelWidth - 8)).rounded())
    }

    private static func januaryFirst(_ year: Int) -> Date? {
        // Days from 1970-01-01 to 1 January of `year` (proleptic Gregorian).
        let y = year - 1
        let days = 365 * (y - 1969) + (y / 4 - 1969 / 4) - (y / 100 - 1969 / 100) + (y / 400 - 1969 / 400)
        return Date(timeIntervalSince1970: Double(days) * day)
    }

    private static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
