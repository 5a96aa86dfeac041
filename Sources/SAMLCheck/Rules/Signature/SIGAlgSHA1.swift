/// SIG-ALG-SHA1: reported by the signature stage (profile check).
struct SIGAlgSHA1: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-SHA1",
        title: "SignatureMethod is not SHA-1 based",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.secBP, .saml2int],
        citation: "DSIG11; S2I SDP-ALG01; NIST §9 (verify); ERR E81",
        rationale: "XML-Signature 1.1 discourages SHA-1 and NIST disallows it for new signatures; saml2int mandates rsa-sha256 or ecdsa-sha256. samlcheck refuses a SHA-1 signature (an error, and the document does not count as validly signed) unless --allow-sha1 is given, which makes it a warning.",
        hint: "Re-sign with http://www.w3.org/2001/04/xmldsig-more#rsa-sha256 (or ecdsa-sha256).",
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.rsaSHA1)),
            .passes(SignedExamples.signedIdP),
        ])
}
