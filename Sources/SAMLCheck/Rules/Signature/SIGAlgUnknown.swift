/// SIG-ALG-UNKNOWN: reported by the signature stage (profile check).
struct SIGAlgUnknown: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-UNKNOWN",
        title: "Signature algorithms are recognised",
        severity: .warning,
        profiles: [.ops],
        citation: "XSEC-ALG; UKF check_uk_algorithms.xsl (\"unknown algorithm\")",
        rationale: "A SignatureMethod, DigestMethod or CanonicalizationMethod samlcheck does not recognise cannot be checked, and peers will probably fail to verify it too: the signature is invalid. An HMAC SignatureMethod is refused outright (a shared-secret MAC that anyone holding the key bytes, such as the public certificate, can forge), as is an algorithm attribute with a namespaced twin (xmlsec reads the first, whatever its namespace). A known algorithm that this xmlsec build lacks (RSA-PSS, RFC 6931, before xmlsec 1.3) leaves the signature not checked.",
        hint: "Sign with a standard algorithm: rsa-sha256 or ecdsa-sha256, sha256 digest, exclusive C14N.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256x"))),
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256")),
                      note: "HMAC: forgeable by anyone with the key bytes."),
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(method: "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1")),
                      note: "RSA-PSS: known, but this xmlsec cannot verify it (not checked)."),
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature().replacingFirst(
                "<ds:SignatureMethod Algorithm=", with: "<ds:SignatureMethod xmlns:x=\"urn:example:x\" x:Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\" Algorithm=")),
                      note: "A namespaced Algorithm before the plain one: xmlsec would verify rsa-sha1."),
            .passes(SignedExamples.signedIdP),
        ])
}
