/// ALG-WEAK-DIGEST: declared digest algorithms MD5 (error) or SHA-1 (warning).
struct ALGWeakDigest: Rule {
    static let description = RuleDescription(
        id: "ALG-WEAK-DIGEST",
        title: "No MD5 or SHA-1 digest declared",
        severity: .error,
        profiles: [.secBP],
        citation: "UKF check_uk_algorithms.xsl; IIP IIP-ALG08; DSIG11",
        rationale: "Declaring a digest tells peers they may use it with this entity. MD5 is broken and SHA-1 is deprecated for signatures; advertising them invites downgrade.",
        hint: "Remove md5 and sha1 alg:DigestMethod declarations; declare sha256 (and stronger) only.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              ↓<alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for scope in AlgorithmCatalogue.declarationScopes(of: entity) {
            for declaration in scope.declarations where declaration.localName == "DigestMethod" {
                guard let uri = declaration.attribute("Algorithm"), let name = AlgorithmCatalogue.digests[uri] else { continue }
                switch name {
                case "md5":
                    context.report("\(scope.site) declares the MD5 digest, which is broken.", at: declaration.position, severity: .error)
                case "sha1":
                    context.report("\(scope.site) declares the SHA-1 digest, which is deprecated.", at: declaration.position, severity: .warning)
                default: continue
                }
            }
        }
    }
}
