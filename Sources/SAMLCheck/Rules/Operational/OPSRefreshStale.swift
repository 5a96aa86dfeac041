#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// OPS-REFRESH-STALE: a fetched copy that stopped changing while it is still valid for long.
struct OPSRefreshStale: Rule {
    static let description = RuleDescription(
        id: "OPS-REFRESH-STALE",
        title: "Fetched metadata is refreshed",
        severity: .info,
        profiles: [.ops],
        citation: "ERR E94",
        rationale: "A copy whose Last-Modified is older than its cacheDuration (and than a week) while validUntil is still far away is not invalid, but it usually means the publishing or refresh loop has stopped and key or endpoint changes are not getting through.",
        hint: "Check the publisher's signing pipeline or the cache that serves this URL; metadata that is re-published regularly should show a recent Last-Modified.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-12-01T00:00:00Z" cacheDuration="PT6H""#, marked: true),
                      origin: DocumentOrigin(url: "https://md.example.org/sp.xml", lastModified: Date(timeIntervalSince1970: 1_777_593_600)),
                      note: "Last modified 2026-05-01, a month before the example's clock; valid for six more months."),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                           attributes: #"validUntil="2026-12-01T00:00:00Z" cacheDuration="PT6H""#),
                    origin: DocumentOrigin(url: "https://md.example.org/sp.xml", lastModified: Date(timeIntervalSince1970: 1_780_185_600)),
                    note: "Last modified the day before."),
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-12-01T00:00:00Z" cacheDuration="PT6H""#, marked: true),
                      origin: DocumentOrigin(url: "https://md.example.org/sp.xml", lastModified: Date(timeIntervalSince1970: 1_780_185_600),
                                             lastChange: Date(timeIntervalSince1970: 1_777_593_600)),
                      note: "The server's Last-Modified is recent, but the state directory has seen the same bytes since 2026-05-01."),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        // With a state directory, the content's own history; else the server's Last-Modified.
        guard let origin = context.stageFacts.origin, let lastModified = origin.lastChange ?? origin.lastModified,
              let validUntil = document.rootValidUntil?.date else { return }
        let now = context.settings.now
        let age = now.timeIntervalSince(lastModified)
        let cache = document.rootCacheDuration?.seconds ?? 0
        let limit = max(cache, Double(context.thresholds.staleCopyDays) * 86_400)
        let remaining = validUntil.timeIntervalSince(now)
        guard age > limit, remaining > Double(context.thresholds.validUntilWarningDays) * 86_400 else { return }
        let changed = origin.lastChange != nil ? "last changed" : "last modified"
        context.report("The metadata was \(changed) \(Int(age / 86_400)) days ago (\(day(lastModified))) although it stays valid until \(day(validUntil)); its refresh may have stopped.",
                       at: document.rootPosition)
    }
}
