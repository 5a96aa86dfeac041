/// SIG-MD-UNTRUSTED-KEY: reported by the signature stage when a signature is intact but not made
/// by a trusted key.
struct SIGMDUntrustedKey: Rule {
    static let description = RuleDescription(
        id: "SIG-MD-UNTRUSTED-KEY",
        title: "Metadata is signed by a trusted key",
        severity: .error,
        profiles: [.coreExt, .saml2int],
        citation: "IIP IIP-MD03; IOP §2.3",
        rationale: "Trust in metadata comes only from a key obtained out of band: a signature checked with the certificate in its own KeyInfo proves integrity, not origin. It also carries the verdicts `untrusted` and `not-checked` (nothing to check with: no key in KeyInfo, or an algorithm this xmlsec lacks). With trust input or --require-signature it is an error that configuration and baselines cannot silence; without, information.",
        hint: "Check with the federation's signing certificate: --trust FILE or --trust-fingerprint SHA256:….",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.signedIdP),
                      note: "No trust anchor given: intact, but nothing says who signed it (info)."),
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.signedIdP), trust: [SignedExamples.idpCertificate],
                      note: "Trusting another certificate: an error."),
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.keyNameOnly),
                      note: "KeyInfo names a key but carries none, and no trust anchor was given: not checked (info)."),
            .passes(SignedExamples.signedIdP, trust: [SignedExamples.signerCertificate]),
            .passes(SignedExamples.keyNameOnly, trust: [SignedExamples.signerCertificate]),
        ])
}
