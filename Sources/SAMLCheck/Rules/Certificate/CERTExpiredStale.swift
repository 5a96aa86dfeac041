/// CERT-EXPIRED-STALE: an expired certificate left next to its successor.
struct CERTExpiredStale: Rule {
    static let description = RuleDescription(
        id: "CERT-EXPIRED-STALE",
        title: "Expired certificates are removed after rollover",
        severity: .info,
        profiles: [.coreExt],
        citation: "IOP §2.5",
        rationale: "Once a rollover has been completed the old key SHOULD be removed: an expired certificate next to a valid one with the same use only confuses products that pick the first key.",
        hint: "Remove the expired KeyDescriptor: its successor is already published.",
        examples: [
            .triggers(CertificateExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.expired, marked: true),
                CertificateExamples.keyDescriptor(CertificateExamples.good))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let now = context.settings.now
        for role in entity.roles {
            let entries = role.keyDescriptors.flatMap { key in
                (key.keyInfo?.certificates ?? []).compactMap { context.certificates.entry(for: $0) }
            }
            for use in [KeyUse.signing, .encryption] {
                let relevant = entries.filter { use == .signing ? $0.isForSigning : $0.isForEncryption }
                let valid = relevant.filter { ($0.info?.notAfter).map { $0 >= now } ?? false }
                guard let successor = valid.max(by: { ($0.info?.notAfter)! < ($1.info?.notAfter)! }) else { continue }
                for entry in relevant {
                    guard let notAfter = entry.info?.notAfter, notAfter < now else { continue }
                    context.report(
                        "\(entry.phrase.capitalizedFirst) expired on \(day(notAfter)) and can be removed: \(successor.info!.subject) (valid until \(day(successor.info!.notAfter))) is published for \(use.rawValue) too.",
                        at: entry)
                }
            }
        }
    }
}
