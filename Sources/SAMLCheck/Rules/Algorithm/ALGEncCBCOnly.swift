/// ALG-ENC-CBC-ONLY: an encryption key offers only CBC block ciphers, no AES-GCM.
struct ALGEncCBCOnly: Rule {
    static let description = RuleDescription(
        id: "ALG-ENC-CBC-ONLY",
        title: "Encryption keys offer AES-GCM",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int, .secBP],
        citation: "S2I SDP-ALG01; ERR E93; UKF check_future_4.xsl",
        rationale: "CBC-mode encryption without integrity protection is open to chosen-ciphertext attacks; saml2int requires AES-GCM. A key that lists only CBC ciphers forces the weak mode.",
        hint: "Add http://www.w3.org/2009/xmlenc11#aes128-gcm (and aes256-gcm) as md:EncryptionMethod, before any CBC cipher.",
        examples: [
            .triggers(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption", markDescriptor: true,
                encryptionMethods: ["http://www.w3.org/2001/04/xmlenc#aes256-cbc", "http://www.w3.org/2001/04/xmlenc#aes128-cbc"]))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes256-gcm", "http://www.w3.org/2001/04/xmlenc#aes256-cbc"]))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption")),
                    note: "No EncryptionMethod at all says nothing about the ciphers."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for key in role.keyDescriptors where key.isUsableForEncryption {
                let kinds = key.encryptionMethods.compactMap { method in
                    method.algorithm.flatMap { AlgorithmCatalogue.encryption[$0.trimmingWhitespace()] }
                }
                let ciphers = kinds.filter { $0.kind == .blockCBC || $0.kind == .blockGCM }
                guard !ciphers.isEmpty, ciphers.allSatisfy({ $0.kind == .blockCBC }) else { continue }
                context.report("The encryption key of \(role.kind.elementName) offers only CBC ciphers (\(ciphers.map(\.name).joined(separator: ", "))), no AES-GCM.",
                               at: key.position)
            }
        }
    }
}
