#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// MD-VALIDUNTIL-SOON: validUntil is close; the publisher's refresh has probably stalled.
struct MDValidUntilSoon: Rule {
    static let description = RuleDescription(
        id: "MD-VALIDUNTIL-SOON",
        title: "validUntil is not about to pass",
        severity: .warning,
        profiles: [.ops],
        citation: "ERR E94; SHIB-RVU (typical 14-day windows)",
        rationale: "Metadata that expires within days means the publisher's re-signing pipeline has probably stalled; consumers drop the entities at expiry and SSO stops. The window is configurable (default 7 days). For a source checked with a state directory, expiry before the next refresh its cacheDuration announces is reported too: a consumer refreshing on that schedule would hold expired metadata in between.",
        hint: "Check that the metadata is re-signed and republished on schedule, and that consumers fetch the fresh copy.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-06-03T00:00:00Z""#, marked: true),
                      note: "Two days left at the example clock."),
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-06-20T00:00:00Z" cacheDuration="P30D""#, marked: true),
                      origin: DocumentOrigin(url: "https://md.example.org/sp.xml", lastChange: Date(timeIntervalSince1970: 1_780_185_600)),
                      note: "Fetched with a state directory: 19 days left, but the next refresh is 30 days away."),
            .passes(ExampleMetadata.sp(), note: "Two weeks left."),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                           attributes: #"validUntil="2026-06-20T00:00:00Z" cacheDuration="P30D""#),
                    note: "The same document read from a file: no refresh schedule to compare with."),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let refresh = refreshInterval(document, context)
        for group in document.groups {
            if let validUntil = group.validUntil, let date = validUntil.date, let note = expiry(date, refresh: refresh, context) {
                context.report("The EntitiesDescriptor expires at \(validUntil.lexical), \(note).", at: group.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let refresh = refreshInterval(context.document, context)
        if let validUntil = entity.validUntil, let date = validUntil.date, let note = expiry(date, refresh: refresh, context) {
            context.report("The entity expires at \(validUntil.lexical), \(note).", at: entity.position)
        }
    }

    /// The document's cacheDuration in seconds when it is refreshed on that schedule (fetched
    /// with a state directory), else nil.
    private func refreshInterval(_ document: MetadataDocument, _ context: RuleContext) -> Double? {
        guard context.stageFacts.origin?.lastChange != nil, let seconds = document.rootCacheDuration?.seconds, seconds > 0 else { return nil }
        return seconds
    }

    /// How soon a date in the future comes, when inside the warning window or before the next
    /// refresh; nil otherwise.
    private func expiry(_ date: Date, refresh: Double?, _ context: RuleContext) -> String? {
        let left = date.timeIntervalSince(context.settings.now)
        guard left >= 0 else { return nil }
        let window = Double(context.thresholds.validUntilWarningDays) * 86_400
        if let refresh, left < refresh {
            return "in \(describeInterval(left)), before the next refresh its cacheDuration schedules (in \(describeInterval(refresh)))"
        }
        return left < window ? "in \(describeInterval(left))" : nil
    }
}
