/// MD-VALIDUNTIL-TOO-FAR: root validity longer than the configured maximum.
struct MDValidUntilTooFar: Rule {
    static let description = RuleDescription(
        id: "MD-VALIDUNTIL-TOO-FAR",
        title: "validUntil is not too far ahead",
        severity: .warning,
        escalations: [.edugain: .error],
        profiles: [.saml2int, .edugain, .secBP],
        citation: "S2I SDP-MD03; IIP IIP-MD04(3); EDUG-P (\"not later than 28 days after the signature timestamp\"); IOP §2.7",
        rationale: "The longer metadata stays valid, the longer a compromised key in it cannot be revoked: a copy signed today can be replayed until validUntil. Consumers enforce a ceiling (OpenSAML 14 days, the Shibboleth aggregator 7, eduGAIN 28); the default here is 28 days and configurable.",
        hint: "Publish with a shorter validUntil and re-sign more often (eduGAIN aggregates use 4–5 days).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2036-06-01T00:00:00Z""#, marked: true),
                      note: "Valid for ten years."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard let validUntil = document.rootValidUntil, let date = validUntil.date else { return }
        let ahead = date.timeIntervalSince(context.settings.now)
        let maximum = Double(context.thresholds.maximumValidityDays) * 86_400
        guard ahead > maximum else { return }
        context.report(
            "The \(document.rootName) is valid until \(validUntil.lexical), \(describeDaysAndHours(ahead)) from now; the maximum is \(context.thresholds.maximumValidityDays) days.",
            at: document.rootPosition, entity: document.rootEntity)
    }
}
