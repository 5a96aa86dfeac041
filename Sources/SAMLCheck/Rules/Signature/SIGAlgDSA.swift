/// SIG-ALG-DSA: reported by the signature stage (profile check).
struct SIGAlgDSA: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-DSA",
        title: "No DSA signatures",
        severity: .warning,
        profiles: [.secBP],
        citation: "DSIG11; UKF validation-beans.xml (X509DSADetector)",
        rationale: "XML-Signature 1.1 keeps DSA only for verifying old signatures, and the UK federation rejects DSA keys. The finding keeps the catalogue's warning; samlcheck never accepts a DSA signature (as with MD5), and SIG-INVALID (an error) carries that verdict.",
        hint: "Re-sign with an RSA (2048 bits or more) or EC key, using rsa-sha256 or ecdsa-sha256.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2000/09/xmldsig#dsa-sha1"))),
            .passes(SignedExamples.signedIdP),
        ])
}
