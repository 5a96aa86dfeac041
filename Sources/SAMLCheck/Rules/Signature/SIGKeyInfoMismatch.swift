/// SIG-KEYINFO-MISMATCH: reported by the signature stage.
struct SIGKeyInfoMismatch: Rule {
    static let description = RuleDescription(
        id: "SIG-KEYINFO-MISMATCH",
        title: "KeyInfo names the key that verified the signature",
        severity: .info,
        profiles: [.core, .coreExt],
        citation: "CORE §5.4.5; IOP §2.6.1",
        rationale: "KeyInfo in a signature is only a hint: trust comes from the configured key. When it names another certificate than the trusted key that verified the signature, the publisher probably left a stale certificate in the signing configuration.",
        hint: "Update the signing configuration so KeyInfo carries the certificate of the key actually used (or omit KeyInfo).",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.keyInfoNamesAnotherCertificate),
                      trust: [SignedExamples.signerCertificate]),
            .passes(SignedExamples.signedIdP, trust: [SignedExamples.signerCertificate]),
        ])
}
