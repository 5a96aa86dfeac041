/// CERT-EXPIRING: certificates close to notAfter.
struct CERTExpiring: Rule {
    static let description = RuleDescription(
        id: "CERT-EXPIRING",
        title: "Certificates are not about to expire",
        severity: .warning,
        profiles: [.ops],
        citation: "EDUID",
        rationale: "A certificate that expires within the warning window (default 30 days, configurable) needs a rollover now: partners that enforce expiry will stop accepting it, and some federations stop publishing at 30 days.",
        hint: "Generate the successor, publish it next to the current one, and plan the switch before the expiry date.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.expiring, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let now = context.settings.now
        let window = Double(context.thresholds.certificateExpiryWarningDays) * 86_400
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, let notAfter = info.notAfter else { continue }
            let left = notAfter.timeIntervalSince(now)
            guard left >= 0, left < window else { continue }
            context.report("\(entry.phrase.capitalizedFirst) expires on \(day(notAfter)), in \(describeInterval(left)).", at: entry)
        }
    }
}
