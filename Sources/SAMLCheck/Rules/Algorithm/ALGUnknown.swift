/// ALG-UNKNOWN: an algorithm URI no specification defines (often a typo).
struct ALGUnknown: Rule {
    static let description = RuleDescription(
        id: "ALG-UNKNOWN",
        title: "Algorithm URIs are recognised",
        severity: .info,
        profiles: [.ops],
        citation: "XSEC-ALG; UKF check_uk_algorithms.xsl",
        rationale: "Peers ignore algorithm URIs they do not know; an unrecognised one is usually a typo (xmldsig# for xmldsig-more#) that silently removes the algorithm from the list.",
        hint: "Use the exact URI from the W3C XML Security Algorithm Cross-Reference.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              ↓<alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """), note: "rsa-sha256 lives in the xmldsig-more namespace."),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:SigningMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for scope in AlgorithmCatalogue.declarationScopes(of: entity) {
            for declaration in scope.declarations {
                guard let uri = declaration.attribute("Algorithm")?.trimmingWhitespace(), !uri.isEmpty else { continue }
                let known = declaration.localName == "DigestMethod" ? AlgorithmCatalogue.digests[uri] != nil : AlgorithmCatalogue.signingMethods[uri] != nil
                if !known { context.report("\(declaration.displayName) names an unrecognised algorithm \(uri).", at: declaration.position) }
            }
        }
        for role in entity.roles {
            for key in role.keyDescriptors {
                for method in key.encryptionMethods {
                    guard let uri = method.algorithm?.trimmingWhitespace(), !uri.isEmpty, AlgorithmCatalogue.encryption[uri] == nil else { continue }
                    context.report("md:EncryptionMethod names an unrecognised algorithm \(uri).", at: method.position)
                }
            }
        }
    }
}
