/// CERT-RSA-2048: RSA keys between 2048 and 3071 bits.
struct CERTRSA2048: Rule {
    static let description = RuleDescription(
        id: "CERT-RSA-2048",
        title: "New RSA keys have 3072 bits",
        severity: .info,
        profiles: [.saml2int, .secBP],
        citation: "S2I SDP-MD06; BSI",
        rationale: "2048-bit RSA is acceptable today, but saml2int recommends at least 3072 bits for new deployments and BSI expects 3000 from 2024; plan the next rollover accordingly.",
        hint: "Use 3072-bit (or longer) RSA, or EC P-256, for the next key.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.rsa2048, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, info.keyType == .rsa || info.keyType == .rsaPSS, let bits = info.keyBits, bits >= 2048, bits < 3072 else { continue }
            context.report("\(entry.phrase.capitalizedFirst) has a \(bits)-bit RSA key; 3072 bits are recommended for new keys.", at: entry)
        }
    }
}
