#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// PAIR-CERT-RUNWAY: how long the keys the pair depends on last.
struct PAIRCertRunway: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-CERT-RUNWAY",
        title: "The keys the pair depends on outlast the next month",
        severity: .warning,
        profiles: [.core],
        citation: "IOP §2.5; KEY-ROLLOVER-PENDING",
        rationale: "SSO between the two stops working when the last key for one of its purposes expires (or is rejected as expired by a strict product): the IdP's signing key, the SP's encryption key, the SP's signing key when it signs requests. A successor published beside it (rollover) extends the runway. The report lists every such key with its days left; this warns when a purpose has less than 30 days left. A Mattermost SP holds one imported IdP certificate, so a successor in the IdP's metadata does not help it until re-imported.",
        hint: "Publish the successor key in metadata now, let the partner pick it up, then switch to it before the old one expires.",
        examples: [
            .triggers(sp: PairExamples.sp(), idp: PairExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.expiring, use: "signing", marked: true) + "\n" + PairExamples.redirectSSO),
                      note: "The IdP's only signing certificate expires on 2026-06-11, ten days after the examples' clock."),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.expiring, use: "signing") + "\n" + PairExamples.idpKey + "\n" + PairExamples.redirectSSO),
                    note: "A successor is already published."),
        ])

    /// Fewer days left than this for a purpose is a warning.
    static let runwayDays = 30

    func check(pair: SSOPair, context: inout PairContext) {
        let keys = pair.keys
        for purpose in PairKey.Purpose.allCases {
            let forPurpose = keys.filter { $0.purpose == purpose }
            guard let last = forPurpose.max(by: { ($0.info.notAfter ?? .distantPast) < ($1.info.notAfter ?? .distantPast) }),
                  let notAfter = last.info.notAfter else { continue }
            let days = SSOPair.wholeDays(notAfter.timeIntervalSince(pair.now))
            guard days < Self.runwayDays else { continue }
            let subject = last.info.subject.isEmpty ? "(no subject)" : last.info.subject
            let when = days < 0 ? "expired on \(day(notAfter))" : "expires on \(day(notAfter)), in \(days) day\(days == 1 ? "" : "s"),"
            let message = "The pair depends on the \(purpose.rawValue) key \(subject) (\(last.info.fingerprint.short)), which \(when) and no successor is published."
            if last.onIdPSide {
                context.report(message, at: .idp(last.certificate.position), related: .sp(nil))
            } else {
                context.report(message, at: .sp(last.certificate.position), related: .idp(nil))
            }
        }
    }
}
