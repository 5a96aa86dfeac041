/// KEY-ROLLOVER-PENDING: a key expires soon and nothing replaces it.
struct KEYRolloverPending: Rule {
    static let description = RuleDescription(
        id: "KEY-ROLLOVER-PENDING",
        title: "Keys about to expire have a published successor",
        severity: .warning,
        profiles: [.ops],
        citation: "IOP §2.5; EDUID (30-day rule)",
        rationale: "When a signing or encryption certificate expires within the window (default 30 days) and no other key with the same use outlives it, products that enforce expiry will break on that day and there is nothing to switch to. It is an error within 7 days.",
        hint: "Publish the successor key now, next to the current one, so peers have it before the switch.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.expiring, marked: true))),
            .passes(CertificateExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.expiring),
                CertificateExamples.keyDescriptor(CertificateExamples.good)), note: "The successor is already published."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let now = context.settings.now
        let window = Double(context.thresholds.rolloverWarningDays) * 86_400
        for role in entity.roles {
            let entries = role.keyDescriptors.flatMap { key in
                (key.keyInfo?.certificates ?? []).compactMap { context.certificates.entry(for: $0) }
            }
            for use in [KeyUse.signing, .encryption] {
                let relevant = entries.filter { use == .signing ? $0.isForSigning : $0.isForEncryption }
                for entry in relevant {
                    guard let notAfter = entry.info?.notAfter else { continue }
                    let left = notAfter.timeIntervalSince(now)
                    guard left >= 0, left < window else { continue }
                    let successor = relevant.contains { other in
                        other.info?.keyFingerprint != entry.info?.keyFingerprint && (other.info?.notAfter.map { $0 > notAfter } ?? false)
                    }
                    guard !successor else { continue }
                    context.report(
                        "\(entry.phrase.capitalizedFirst) expires on \(day(notAfter)) (in \(describeInterval(left))) and no other \(use.rawValue) key outlives it.",
                        at: entry, severity: left <= 7 * 86_400 ? .error : nil)
                }
            }
        }
    }
}
