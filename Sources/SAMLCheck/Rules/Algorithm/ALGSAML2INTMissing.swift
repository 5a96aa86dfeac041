/// ALG-SAML2INT-MISSING: declared algorithms include the set every saml2int peer supports.
struct ALGSAML2INTMissing: Rule {
    static let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"
    static let signing = ["http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"]
    static let blockEncryption = ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "http://www.w3.org/2009/xmlenc11#aes256-gcm"]
    static let keyTransport = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"

    static let description = RuleDescription(
        id: "ALG-SAML2INT-MISSING",
        title: "Declared algorithms include the saml2int set",
        severity: .warning,
        escalations: [.saml2int: .warning],
        profiles: [.saml2int],
        citation: "S2I SDP-ALG01; UKF check_future_4.xsl",
        rationale: "A peer uses only the algorithms the metadata declares. saml2int implementations are required to support SHA-256, rsa-sha256 or ecdsa-sha256, AES-GCM and rsa-oaep-mgf1p, and nothing else for certain; a list that leaves all of one kind out can leave a saml2int peer with no algorithm in common, and signing or encryption fails.",
        hint: "Add the saml2int algorithms to the lists you declare: alg:DigestMethod sha256, alg:SigningMethod rsa-sha256, md:EncryptionMethod aes128-gcm (or aes256-gcm) and rsa-oaep-mgf1p.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            <md:Extensions>
              ↓<alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha512"/>
            </md:Extensions>
            \(ExampleMetadata.redirectSSO)
            """), profiles: [.saml2int]),
            .triggers(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption",
                encryptionMethods: ["↓http://www.w3.org/2001/04/xmlenc#aes256-cbc", "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"])), profiles: [.saml2int]),
            .passes(ExampleMetadata.idp("""
            <md:Extensions>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha512"/>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
            </md:Extensions>
            \(ExampleMetadata.redirectSSO)
            """), profiles: [.saml2int]),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"])), profiles: [.saml2int]),
            .passes(ExampleMetadata.idp(), profiles: [.saml2int], note: "Without declarations peers fall back to their defaults."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (declarations, _, site) in AlgorithmCatalogue.declarationScopes(of: entity) {
            let digests = declarations.filter { $0.localName == "DigestMethod" }
            if let first = digests.first, !digests.contains(where: { $0.attribute("Algorithm")?.trimmingWhitespace() == Self.sha256 }) {
                context.report("The \(site)'s alg:DigestMethod list omits sha256, the digest every saml2int peer supports.", at: first.position)
            }
            let signing = declarations.filter { $0.localName == "SigningMethod" }
            if let first = signing.first, !signing.contains(where: { Self.signing.contains($0.attribute("Algorithm")?.trimmingWhitespace() ?? "") }) {
                context.report("The \(site)'s alg:SigningMethod list omits rsa-sha256 and ecdsa-sha256, the signing methods every saml2int peer supports.",
                               at: first.position)
            }
        }
        for role in entity.roles {
            for key in role.keyDescriptors where key.isUsableForEncryption {
                let methods = key.encryptionMethods.map { (method: $0, uri: $0.algorithm?.trimmingWhitespace() ?? "") }
                let blocks = methods.filter { AlgorithmCatalogue.encryption[$0.uri].map { [.blockCBC, .blockGCM].contains($0.kind) } ?? false }
                if let first = blocks.first, !blocks.contains(where: { Self.blockEncryption.contains($0.uri) }) {
                    context.report("The \(role.kind.elementName)'s encryption methods omit aes128-gcm and aes256-gcm, the block ciphers every saml2int peer supports.",
                                   at: first.method.position)
                }
                let transports = methods.filter { AlgorithmCatalogue.encryption[$0.uri]?.kind == .keyTransport }
                if let first = transports.first, !transports.contains(where: { $0.uri == Self.keyTransport }) {
                    context.report("The \(role.kind.elementName)'s encryption methods omit rsa-oaep-mgf1p, the key transport every saml2int peer supports.",
                                   at: first.method.position)
                }
            }
        }
    }
}
