/// CERT-EC-WEAK: EC keys under 256 bits.
struct CERTECWeak: Rule {
    static let description = RuleDescription(
        id: "CERT-EC-WEAK",
        title: "EC keys have at least 256 bits",
        severity: .error,
        profiles: [.saml2int, .secBP],
        citation: "S2I SDP-MD07",
        rationale: "saml2int requires EC keys of at least 256 bits; smaller curves such as P-192 are below current strength requirements.",
        hint: "Generate a P-256 (or P-384) key and roll it over.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.ecP192, marked: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.ecP256))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for entry in context.certificates.firstInEachEntity {
            guard let info = entry.info, info.keyType == .ec, let bits = info.keyBits, bits < 256 else { continue }
            context.report("\(entry.phrase.capitalizedFirst) has a \(bits)-bit EC key (\(info.curve ?? "?")); at least 256 bits are required.", at: entry)
        }
    }
}
