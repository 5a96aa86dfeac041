/// SIG-ALG-DSA: reported by the signature stage (profile check).
struct SIGAlgDSA: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-DSA",
        title: "No DSA signatures",
        severity: .warning,
        profiles: [.secBP],
        citation: "DSIG11; UKF validation-beans.xml (X509DSADetector)",
        rationale: "XML-Signature 1.1 keeps DSA only for verifying old signatures, and the UK federation rejects DSA keys. The catalogue grades it a warning; samlcheck reports it as an error and does not accept the signature, as it does for MD5.",
        hint: "Re-sign with an RSA (2048 bits or more) or EC key, using rsa-sha256 or ecdsa-sha256.",
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2000/09/xmldsig#dsa-sha1"))),
            .passes(SignedExamples.signedIdP),
        ])
}
