/// SIG-ALG-MD5: reported by the signature stage (profile check).
struct SIGAlgMD5: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-MD5",
        title: "No MD5 in signatures",
        severity: .error,
        profiles: [.secBP],
        citation: "IIP IIP-ALG08; UKF check_uk_algorithms.xsl",
        rationale: "MD5 is broken: forged content with a matching MD5 digest is cheap to make. IIP blocks it by default; samlcheck never accepts an rsa-md5 signature or an md5 digest.",
        hint: "Re-sign with rsa-sha256 and a sha256 digest.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2001/04/xmldsig-more#rsa-md5"))),
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("#_example", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
                 "http://www.w3.org/2001/04/xmldsig-more#md5"),
            ])), note: "An MD5 digest under a SHA-256 signature."),
            .passes(SignedExamples.signedIdP),
        ])
}
