/// ALG-WEAK-DIGEST: declared digest algorithms MD5 (error) or SHA-1 (warning).
struct ALGWeakDigest: Rule {
    static let description = RuleDescription(
        id: "ALG-WEAK-DIGEST",
        title: "No MD5 or SHA-1 digest declared",
        severity: .error,
        profiles: [.secBP],
        citation: "UKF check_uk_algorithms.xsl; IIP IIP-ALG08; DSIG11",
        rationale: "Declaring a digest tells peers they may use it with this entity, and the order is the entity's preference (ALG §2.4). MD5 is broken wherever it is listed; SHA-1 is deprecated, and a problem when it is the most preferred — kept as a fallback after SHA-256 it is tolerated, as ALG-WEAK-SIGNING tolerates it for signing methods.",
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
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """), note: "SHA-1 kept as a fallback after SHA-256 is tolerated."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for scope in AlgorithmCatalogue.declarationScopes(of: entity) {
            let digests = scope.declarations.filter { $0.localName == "DigestMethod" }
            for declaration in digests {
                guard let uri = declaration.attribute("Algorithm"), AlgorithmCatalogue.digests[uri] == "md5" else { continue }
                context.report("\(scope.site) declares the MD5 digest, which is broken.", at: declaration.position, severity: .error)
            }
            // Order is preference (ALG §2.4): SHA-1 matters when it is the one peers will pick.
            if let first = digests.first, let uri = first.attribute("Algorithm"), AlgorithmCatalogue.digests[uri] == "sha1" {
                context.report("\(scope.site) lists the SHA-1 digest, which is deprecated, as its most preferred.", at: first.position, severity: .warning)
            }
        }
    }
}
