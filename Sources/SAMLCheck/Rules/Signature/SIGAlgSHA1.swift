/// SIG-ALG-SHA1: reported by the signature stage (profile check).
struct SIGAlgSHA1: Rule {
    static let description = RuleDescription(
        id: "SIG-ALG-SHA1",
        title: "SignatureMethod is not SHA-1 based",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.secBP, .saml2int],
        citation: "DSIG11; S2I SDP-ALG01; NIST §9 (verify); ERR E81",
        rationale: "XML-Signature 1.1 discourages SHA-1 and NIST disallows it for new signatures; saml2int mandates rsa-sha256 or ecdsa-sha256. The finding keeps this declared severity; the refusal is separate: without --allow-sha1 samlcheck does not accept a SHA-1 signature, and SIG-INVALID (an error) says so, because a verdict must not depend on a configurable rule severity.",
        hint: "Re-sign with http://www.w3.org/2001/04/xmldsig-more#rsa-sha256 (or ecdsa-sha256).",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.rsaSHA1)),
            .passes(SignedExamples.signedIdP),
        ])
}
