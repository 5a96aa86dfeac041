/// SIG-INVALID: reported by the signature stage when a signature does not verify.
struct SIGInvalid: Rule {
    static let description = RuleDescription(
        id: "SIG-INVALID",
        title: "Signatures verify",
        severity: .error,
        profiles: [.core],
        citation: "META §4.3.3.2; CORE §5",
        rationale: "Consumers MUST validate signatures when present and reject metadata whose signature fails. Every `invalid` verdict carries this error, whatever else explains it (a profile violation, a refused algorithm): configuration and baselines cannot silence it. The report says why it failed: a digest mismatch means the signed content changed (often re-formatting after signing); a signature-value mismatch means another key or an altered SignatureValue.",
        hint: "Use the metadata exactly as it was signed; if you changed it, sign it again.",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.replacing(
                "profile/SAML2/Redirect/SSO", with: "profile/SAML2/Redirect/SSO-evil", in: SignedExamples.signedIdP)),
                      note: "One URL was changed after signing: the digest no longer matches."),
            .passes(SignedExamples.signedIdP),
        ])
}
