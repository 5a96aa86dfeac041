/// CERT-RSA-EXPONENT: small or even RSA exponents.
struct CERTRSAExponent: Rule {
    static let description = RuleDescription(
        id: "CERT-RSA-EXPONENT",
        title: "RSA exponents are 65537 or larger and odd",
        severity: .warning,
        profiles: [.secBP],
        citation: "UKF validation-beans.xml (X509RSAExponentValidator)",
        rationale: "A small public exponent such as 3 makes some padding attacks practical, and an even one is not a valid RSA key: both signal a broken or unusual key generator. The UK federation rejects them.",
        hint: "Generate a new key with the standard exponent 65537.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.exponent3, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, info.keyType == .rsa || info.keyType == .rsaPSS else { continue }
            guard let exponent = info.rsaExponent else { continue }  // larger than 64 bits: neither small nor a problem here
            if exponent < 65_537 {
                context.report("\(entry.phrase.capitalizedFirst) has the small RSA public exponent \(exponent).", at: entry)
            } else if exponent % 2 == 0 {
                context.report("\(entry.phrase.capitalizedFirst) has an even RSA public exponent (\(exponent)), which is not a valid RSA key.", at: entry)
            }
        }
    }
}
