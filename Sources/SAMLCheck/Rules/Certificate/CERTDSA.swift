/// CERT-DSA: DSA keys.
struct CERTDSA: Rule {
    static let description = RuleDescription(
        id: "CERT-DSA",
        title: "No DSA keys",
        severity: .warning,
        profiles: [.secBP],
        citation: "UKF validation-beans.xml (X509DSADetector); DSIG11",
        rationale: "A DSA key cannot be used with modern signature algorithms (no DSA with SHA-256 in most SAML stacks) and the UK federation rejects DSA keys.",
        hint: "Replace the DSA key with an RSA (3072 bits) or EC P-256 key.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.dsa, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity where entry.info?.keyType == .dsa {
            context.report("\(entry.phrase.capitalizedFirst) has a DSA key\(entry.info?.keyBits.map { " (\($0) bits)" } ?? "").", at: entry)
        }
    }
}
