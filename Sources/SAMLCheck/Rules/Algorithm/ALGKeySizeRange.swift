/// ALG-KEYSIZE-RANGE: an alg:SigningMethod key size range that excludes the entity's own key.
struct ALGKeySizeRange: Rule {
    static let description = RuleDescription(
        id: "ALG-KEYSIZE-RANGE",
        title: "SigningMethod key sizes include the entity's own key",
        severity: .warning,
        profiles: [.coreExt],
        citation: "ALG §2.4",
        rationale: "MinKeySize and MaxKeySize on alg:SigningMethod bound the keys the entity uses with that method; a range that excludes the entity's own signing key of that type contradicts itself.",
        hint: "Correct MinKeySize/MaxKeySize to include the signing key actually published, or drop the attributes.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              ↓<alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" MinKeySize="4096"/>
            </md:Extensions>
            \(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO))
            """, entityID: "https://idp.example.org/idp/shibboleth")),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" MinKeySize="2048" MaxKeySize="4096"/>
            </md:Extensions>
            \(ExampleMetadata.role("IDPSSODescriptor", CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO))
            """, entityID: "https://idp.example.org/idp/shibboleth")),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for scope in AlgorithmCatalogue.declarationScopes(of: entity) {
            let signingKeys = scope.roles.flatMap(\.keyDescriptors).filter(\.isUsableForSigning).flatMap { context.publishedKeys(of: $0) }
            for method in scope.declarations where method.localName == "SigningMethod" {
                guard let uri = method.attribute("Algorithm"), let keyName = AlgorithmCatalogue.signingMethods[uri]?.key else { continue }
                let minimum = method.attribute("MinKeySize").flatMap { Int($0.trimmingWhitespace()) }
                let maximum = method.attribute("MaxKeySize").flatMap { Int($0.trimmingWhitespace()) }
                guard minimum != nil || maximum != nil else { continue }
                let sizes = signingKeys.filter { Self.matches($0.type, keyName) }.compactMap(\.bits)
                let outside = sizes.filter { size in (minimum.map { size < $0 } ?? false) || (maximum.map { size > $0 } ?? false) }
                guard let size = outside.first else { continue }
                let range = "\(minimum.map(String.init) ?? "any")–\(maximum.map(String.init) ?? "any") bits"
                context.report("\(AlgorithmCatalogue.shortName(uri)) is declared for \(range), but the entity's own \(keyName) signing key has \(size) bits.",
                               at: method.position)
            }
        }
    }

    private static func matches(_ type: CertificateInfo.KeyType, _ keyName: String) -> Bool {
        switch type {
        case .rsa, .rsaPSS: return keyName == "RSA"
        case .ec: return keyName == "EC"
        case .dsa: return keyName == "DSA"
        default: return false
        }
    }
}
