/// CERT-EXPIRED: certificates past notAfter.
struct CERTExpired: Rule {
    static let description = RuleDescription(
        id: "CERT-EXPIRED",
        title: "Certificates have not expired",
        severity: .warning,
        profiles: [.coreExt, .edugain, .ops],
        citation: "IOP §2.5.1; EDUG-V warning 1; S2I SDP-MD05 (suggested practice)",
        rationale: "Under the Metadata Interoperability Profile a certificate only carries a key and consumers must not reject it for being expired, so SAML keeps working; but many commercial SPs and IdPs do reject expired certificates, and eduGAIN warns. Expiry never turns into a signature failure here.",
        hint: "Publish a new certificate next to the old one, switch to it, then remove the expired one.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.expired, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let now = context.settings.now
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, let notAfter = info.notAfter, notAfter < now else { continue }
            context.report(
                "\(entry.phrase.capitalizedFirst) expired on \(day(notAfter)) (\(describeInterval(now.timeIntervalSince(notAfter))) ago).",
                at: entry)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
