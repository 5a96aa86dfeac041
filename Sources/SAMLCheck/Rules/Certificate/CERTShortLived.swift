/// CERT-SHORT-LIVED: certificates valid for less than the configured lifetime.
struct CERTShortLived: Rule {
    static let description = RuleDescription(
        id: "CERT-SHORT-LIVED",
        title: "Certificates are long-lived",
        severity: .info,
        profiles: [.saml2int, .ops],
        citation: "S2I SDP-MD05",
        rationale: "A SAML certificate valid for less than a year (configurable) is usually a CA-issued TLS certificate reused for SAML: it forces a metadata rollover every few months. saml2int suggests long-lived self-signed certificates, since only the key matters.",
        hint: "Use a dedicated self-signed certificate valid for several years for SAML signing and encryption.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.shortLived, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let minimum = context.thresholds.certificateMinimumLifetimeDays
        for entry in context.certificates.firstInEachEntity where entry.isInKeyDescriptor {
            guard let lifetime = entry.info?.lifetimeDays, lifetime < minimum else { continue }
            context.report("\(entry.phrase.capitalizedFirst) is valid for only \(lifetime) days.", at: entry)
        }
    }
}
