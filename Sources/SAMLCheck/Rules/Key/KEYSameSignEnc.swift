/// KEY-SAME-SIGN-ENC: one key for signing and encryption.
struct KEYSameSignEnc: Rule {
    static let description = RuleDescription(
        id: "KEY-SAME-SIGN-ENC",
        title: "Signing and encryption use distinct keys",
        severity: .info,
        profiles: [.secBP],
        citation: "DSIGBP §4.4 \"When encrypting and signing use distinct keys\"",
        rationale: "Using one key for both signing and decryption lets an attack on one use (such as a decryption oracle) affect the other; XML Signature best practice is to keep them apart. A KeyDescriptor without use is one key for both by definition: KEY-USE-OMITTED reports that case.",
        hint: "Publish a separate encryption key with use=\"encryption\" and mark the signing key use=\"signing\".",
        examples: [
            .triggers(CertificateExamples.sp(
                CertificateExamples.keyDescriptor(CertificateExamples.good, use: "signing"),
                CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption", markDescriptor: true))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: nil)),
                    note: "No use: the one key does both, which KEY-USE-OMITTED reports; one cause, one finding."),
            .passes(CertificateExamples.sp(
                CertificateExamples.keyDescriptor(CertificateExamples.good, use: "signing"),
                CertificateExamples.keyDescriptor(CertificateExamples.goodSecond, use: "encryption"))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            var signingKeys: [Fingerprint: SourcePosition] = [:]
            for key in role.keyDescriptors where key.knownUse == .signing {
                for certificate in key.keyInfo?.certificates ?? [] {
                    if let info = context.certificates.info(for: certificate) { signingKeys[info.keyFingerprint] = key.position }
                }
            }
            for key in role.keyDescriptors {
                guard key.knownUse == .encryption else { continue }
                for certificate in key.keyInfo?.certificates ?? [] {
                    if let info = context.certificates.info(for: certificate), let signing = signingKeys[info.keyFingerprint] {
                        context.report("The encryption key is the same key as the signing KeyDescriptor at line \(signing.line).", at: key.position)
                    }
                }
            }
        }
    }
}
