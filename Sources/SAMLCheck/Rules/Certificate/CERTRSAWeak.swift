/// CERT-RSA-WEAK: RSA keys shorter than 2048 bits.
struct CERTRSAWeak: Rule {
    static let description = RuleDescription(
        id: "CERT-RSA-WEAK",
        title: "RSA keys have at least 2048 bits",
        severity: .error,
        profiles: [.saml2int, .secBP],
        citation: "S2I SDP-MD06; UKF validation-beans.xml (RSAKeyLength errorBoundary 2048); NIST §3 (verify)",
        rationale: "RSA keys under 2048 bits are below 112-bit strength: NIST disallows them, saml2int requires at least 2048, and the UK federation rejects them. A 1024-bit key can be factored by a well-funded attacker.",
        hint: "Generate a new key of 3072 bits (or at least 2048) and roll it over.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.rsa1024, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, info.keyType == .rsa || info.keyType == .rsaPSS, let bits = info.keyBits, bits < 2048 else { continue }
            context.report("\(entry.phrase.capitalizedFirst) has a \(bits)-bit RSA key; at least 2048 bits are required.", at: entry)
        }
    }
}
