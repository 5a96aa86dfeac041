/// SIG-DIGEST-SHA1: reported by the signature stage (profile check).
struct SIGDigestSHA1: Rule {
    static let description = RuleDescription(
        id: "SIG-DIGEST-SHA1",
        title: "DigestMethod is not SHA-1",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.secBP, .saml2int],
        citation: "DSIG11; S2I SDP-ALG01",
        rationale: "A SHA-1 digest is the weak link however strong the signature over it: SHA-1 collisions are practical. saml2int requires sha256. The finding keeps this declared severity; without --allow-sha1 the signature is also refused, and SIG-INVALID (an error) carries that verdict.",
        hint: "Re-sign with DigestMethod http://www.w3.org/2001/04/xmlenc#sha256.",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.sha1Digest)),
            .passes(SignedExamples.signedIdP),
        ])
}
