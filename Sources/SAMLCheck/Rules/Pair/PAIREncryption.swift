/// PAIR-ENCRYPTION: the IdP can encrypt assertions to the SP.
struct PAIREncryption: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ENCRYPTION",
        title: "The IdP can encrypt to the SP",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.core],
        citation: "S2I SDP-MD08, SDP-IDP11; ALG §2.3, §2.5; IIP IIP-MD08, IIP-MD10; ERR E93",
        rationale: "A saml2int IdP encrypts every assertion, so the SP must publish an encryption key (otherwise many R&E IdPs withhold attributes or fail). When the SP lists its EncryptionMethods, the IdP must support one of them, and the SP's key must suit the IdP's key transport (RSA-OAEP needs an RSA key). What an IdP supports is not in its metadata; samlcheck infers it from the product (AD FS and Entra ID encrypt with AES-CBC and RSA keys only) and says so.",
        hint: "Publish an RSA encryption key at the SP, and list AES-CBC as well as AES-GCM for IdPs that cannot do GCM.",
        examples: [
            .triggers(sp: PairExamples.sp(ExampleMetadata.postACS, roleAttributes: "↓"), idp: PairExamples.idp(), profiles: [.saml2int],
                      note: "saml2int: the IdP encrypts, and the SP has no key to encrypt to."),
            .triggers(sp: PairExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption", markDescriptor: true,
                                                                            encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm"])
                                          + "\n" + ExampleMetadata.postACS),
                      idp: PairExamples.idp(PairExamples.idpKey + "\n"
                        + #"<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sts.northwind.edu/adfs/ls/"/>"#,
                                            entityID: "http://sts.northwind.edu/adfs/services/trust"),
                      note: "The SP only takes AES-GCM; AD FS encrypts with AES-CBC."),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp(), profiles: [.saml2int]),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        let encryptionKeys = pair.sp.role.keyDescriptors.filter { $0.isUsableForEncryption && !($0.keyInfo?.certificates.isEmpty ?? true) }
        guard let key = encryptionKeys.first else {
            // Without saml2int nothing says this IdP encrypts; SP-ENC-KEY-MISSING reports the SP alone.
            if pair.profiles.contains(.saml2int) {
                context.report("The IdP encrypts assertions (saml2int), but the SP publishes no encryption key: the IdP cannot send it an assertion it can read.",
                               at: .sp(nil), related: .idp(nil))
            }
            return
        }
        guard let product = IdPProduct.recognise(pair.idp) else { return }
        let keyTypes = Set(encryptionKeys.flatMap { $0.keyInfo?.certificates ?? [] }.compactMap { pair.sp.certificates.info(for: $0)?.keyType })
        if product.encryptsToECKeys == false, !keyTypes.isEmpty, keyTypes.isDisjoint(with: [.rsa, .rsaPSS]) {
            context.report("The SP's encryption key is not RSA, and the IdP looks like \(product.rawValue) (inferred from its entityID and endpoints), which wraps keys with RSA only.",
                           at: .sp(key.position), related: .idp(nil), severity: .error)
        }
        let blockCiphers = encryptionKeys.flatMap(\.encryptionMethods).compactMap { method in
            method.algorithm.flatMap { AlgorithmCatalogue.encryption[$0.trimmingWhitespace()] }
        }.filter { $0.kind == .blockCBC || $0.kind == .blockGCM }
        if product.encryptsWithGCM == false, !blockCiphers.isEmpty, blockCiphers.allSatisfy({ $0.kind == .blockGCM }) {
            context.report("The SP accepts only AES-GCM (\(blockCiphers.map(\.name).joined(separator: ", "))), and the IdP looks like \(product.rawValue) (inferred from its entityID and endpoints), which encrypts with AES-CBC.",
                           at: .sp(key.position), related: .idp(nil), severity: .error)
        }
    }
}
