/// ALG-KEYTRANSPORT-MISMATCH: a key transport or agreement algorithm the key cannot do.
struct ALGKeyTransportMismatch: Rule {
    static let description = RuleDescription(
        id: "ALG-KEYTRANSPORT-MISMATCH",
        title: "Key transport algorithm fits the key",
        severity: .error,
        profiles: [.coreExt],
        citation: "ALG §2.3",
        rationale: "An md:EncryptionMethod for key transport or agreement MUST be compatible with the key it accompanies: RSA-OAEP needs an RSA key, ECDH-ES an EC key. A peer honouring the declaration cannot encrypt at all.",
        hint: "List key transport algorithms that match the key: rsa-oaep for RSA keys, ECDH-ES with a key wrap for EC keys.",
        examples: [
            .triggers(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.ecP256, use: "encryption",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "↓http://www.w3.org/2009/xmlenc11#rsa-oaep"]))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "http://www.w3.org/2009/xmlenc11#rsa-oaep"]))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.ecP256, use: "signing",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#rsa-oaep"])),
                    note: "ALG §2.3 constrains keys used for encryption; a signing KeyDescriptor's EncryptionMethod is out of its scope."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            // ALG §2.3 speaks of keys used for encryption: use omitted or "encryption". An
            // EncryptionMethod in a signing KeyDescriptor is KEY-ENCMETHOD-ON-SIGNING's business.
            for key in role.keyDescriptors where key.use == nil || key.knownUse == .encryption {
                let types = Set(context.publishedKeys(of: key).map(\.type))
                guard !types.isEmpty else { continue }
                for method in key.encryptionMethods {
                    guard let uri = method.algorithm?.trimmingWhitespace(), let known = AlgorithmCatalogue.encryption[uri] else { continue }
                    let fits: Set<CertificateInfo.KeyType>
                    switch known.kind {
                    case .keyTransport: fits = [.rsa, .rsaPSS]
                    case .keyAgreement: fits = uri.hasSuffix("ECDH-ES") ? [.ec] : [.dsa, .other]
                    default: continue
                    }
                    if types.isDisjoint(with: fits) {
                        let keyNames = types.map(\.rawValue).sorted().joined(separator: "/")
                        context.report("\(known.name) cannot be used with the \(keyNames) key this KeyDescriptor publishes.", at: method.position)
                    }
                }
            }
        }
    }
}
