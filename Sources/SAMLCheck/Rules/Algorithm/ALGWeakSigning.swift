/// ALG-WEAK-SIGNING: MD5 signing methods (error); a SHA-1 method as the most preferred (warning).
struct ALGWeakSigning: Rule {
    static let description = RuleDescription(
        id: "ALG-WEAK-SIGNING",
        title: "No MD5 signing method; SHA-1 not preferred",
        severity: .error,
        profiles: [.secBP],
        citation: "ALG §2.4, §2.5; UKF check_uk_algorithms.xsl",
        rationale: "Peers pick signing algorithms in the declared order of preference: an MD5 method is forgeable, and a SHA-1 method listed first makes the weak algorithm the one actually used.",
        hint: "Remove rsa-md5; list rsa-sha256 (or ECDSA with SHA-256) first and drop SHA-1 methods when peers no longer need them.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              ↓<alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """), note: "SHA-1 first: a warning."),
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
              ↓<alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-md5"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """), note: "MD5 anywhere: an error."),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """), note: "SHA-1 kept as a fallback after SHA-256 is tolerated."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for scope in AlgorithmCatalogue.declarationScopes(of: entity) {
            let methods = scope.declarations.filter { $0.localName == "SigningMethod" }
            for method in methods {
                guard let uri = method.attribute("Algorithm"), let known = AlgorithmCatalogue.signingMethods[uri] else { continue }
                if known.hash == "md5" {
                    context.report("\(scope.site) declares the signing method \(AlgorithmCatalogue.shortName(uri)), which uses the broken MD5 hash.",
                                   at: method.position, severity: .error)
                }
            }
            if let first = methods.first, let uri = first.attribute("Algorithm"), AlgorithmCatalogue.signingMethods[uri]?.hash == "sha1" {
                context.report("\(scope.site) lists the SHA-1 signing method \(AlgorithmCatalogue.shortName(uri)) as its most preferred.",
                               at: first.position, severity: .warning)
            }
        }
    }
}
