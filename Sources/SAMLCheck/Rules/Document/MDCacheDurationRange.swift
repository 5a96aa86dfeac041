/// MD-CACHEDURATION-RANGE: the root cacheDuration is a duration between the configured bounds.
struct MDCacheDurationRange: Rule {
    static let description = RuleDescription(
        id: "MD-CACHEDURATION-RANGE",
        title: "cacheDuration is within the refresh range",
        severity: .info,
        escalations: [.edugain: .warning],
        profiles: [.edugain],
        citation: "EDUG-P; ERR E94 (cacheDuration = refresh hint)",
        rationale: "cacheDuration tells consumers how often to refresh; it does not limit validity. eduGAIN asks for one hour to six hours: shorter hammers the publisher, longer keeps revoked keys and moved endpoints alive in consumers. The bounds are the thresholds minimumCacheDurationSeconds and maximumCacheDurationSeconds.",
        hint: "Set cacheDuration on the document element to a duration between one and six hours, such as PT6H.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-06-15T00:00:00Z" cacheDuration="P7D""#, marked: true),
                      profiles: [.edugain], note: "A week between refreshes."),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                           attributes: #"validUntil="2026-06-15T00:00:00Z" cacheDuration="PT6H""#),
                    profiles: [.edugain]),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard let duration = document.rootCacheDuration else { return }
        guard let seconds = duration.seconds else {
            context.report("cacheDuration \"\(duration.lexical)\" is not an xs:duration.", at: document.rootPosition)
            return
        }
        let minimum = Double(context.thresholds.minimumCacheDurationSeconds), maximum = Double(context.thresholds.maximumCacheDurationSeconds)
        if seconds < minimum || seconds > maximum {
            context.report("cacheDuration \(duration.lexical) asks consumers to refresh every \(describeInterval(seconds)); the range is \(describeInterval(minimum)) to \(describeInterval(maximum)).",
                           at: document.rootPosition)
        }
    }
}
