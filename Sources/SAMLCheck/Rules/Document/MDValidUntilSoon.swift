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
        rationale: "Metadata that expires within days means the publisher's re-signing pipeline has probably stalled; consumers drop the entities at expiry and SSO stops. The window is configurable (default 7 days).",
        hint: "Check that the metadata is re-signed and republished on schedule, and that consumers fetch the fresh copy.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-06-03T00:00:00Z""#, marked: true),
                      note: "Two days left at the example clock."),
            .passes(ExampleMetadata.sp(), note: "Two weeks left."),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            if let validUntil = group.validUntil, let date = validUntil.date, let left = remaining(date, context) {
                context.report("The EntitiesDescriptor expires at \(validUntil.lexical), in \(describeInterval(left)).", at: group.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if let validUntil = entity.validUntil, let date = validUntil.date, let left = remaining(date, context) {
            context.report("The entity expires at \(validUntil.lexical), in \(describeInterval(left)).", at: entity.position)
        }
    }

    /// Seconds left when the date is in the future but inside the warning window.
    private func remaining(_ date: Date, _ context: RuleContext) -> Double? {
        let left = date.timeIntervalSince(context.settings.now)
        let window = Double(context.thresholds.validUntilWarningDays) * 86_400
        return left >= 0 && left < window ? left : nil
    }
}
