/// CERT-NOT-YET-VALID: certificates before notBefore.
struct CERTNotYetValid: Rule {
    static let description = RuleDescription(
        id: "CERT-NOT-YET-VALID",
        title: "Certificates are already valid",
        severity: .info,
        profiles: [.coreExt, .ops],
        citation: "IOP §2.5.1",
        rationale: "A certificate whose notBefore is in the future is allowed (a pre-published rollover key), but some products reject it until then; this tells you when it becomes usable.",
        hint: "Nothing to do for a pre-published key; otherwise check the clock of the machine that made it.",
        examples: [
            .triggers(CertificateExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.good),
                CertificateExamples.keyDescriptor(CertificateExamples.future, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let now = context.settings.now
        for entry in context.certificates.firstInEachEntity {
            guard let notBefore = entry.info?.notBefore, notBefore > now else { continue }
            context.report("\(entry.phrase.capitalizedFirst) is not valid before \(day(notBefore)), \(describeInterval(notBefore.timeIntervalSince(now))) from now.",
                           at: entry)
        }
    }
}
