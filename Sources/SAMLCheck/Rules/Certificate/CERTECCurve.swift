/// CERT-EC-CURVE: EC keys on curves peers support.
struct CERTECCurve: Rule {
    static let description = RuleDescription(
        id: "CERT-EC-CURVE",
        title: "EC keys use P-256, P-384, P-521 or brainpool",
        severity: .warning,
        profiles: [.secBP],
        citation: "DSIG11 (ECDSA additions; see §8); BSI",
        rationale: "XML-Signature implementations are only required to support the NIST prime curves; keys on other curves (secp256k1, explicit parameters) will not verify at many peers.",
        hint: "Use a P-256 or P-384 key.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.ecSecp256k1, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.ecP256))),
        ])

    static let supported: Set<String> = ["P-256", "P-384", "P-521", "brainpoolP256r1", "brainpoolP384r1", "brainpoolP512r1"]

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, info.keyType == .ec, let curve = info.curve, !Self.supported.contains(curve) else { continue }
            // Keys on small curves are CERT-EC-WEAK's.
            if let bits = info.keyBits, bits < 256 { continue }
            context.report("\(entry.phrase.capitalizedFirst) uses the curve \(curve), which XML-Signature peers need not support.", at: entry)
        }
    }
}
