/// SIG-ALG-UNKNOWN: reported by the signature stage (profile check).
struct SIGAlgUnknown: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-UNKNOWN",
        title: "Signature algorithms are recognised",
        severity: .warning,
        profiles: [.ops],
        citation: "XSEC-ALG; UKF check_uk_algorithms.xsl (\"unknown algorithm\")",
        rationale: "A SignatureMethod, DigestMethod or CanonicalizationMethod samlcheck does not recognise (or that this xmlsec cannot verify, such as RSA-PSS before xmlsec 1.3) cannot be checked; peers will probably fail to verify it too.",
        hint: "Sign with a standard algorithm: rsa-sha256 or ecdsa-sha256, sha256 digest, exclusive C14N.",
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256x"))),
            .passes(SignedExamples.signedIdP),
        ])
}
