/// SIG-MD-UNTRUSTED-KEY: reported by the signature stage when a signature is intact but not made
/// by a trusted key.
struct SIGMDUntrustedKey: Rule {
    static let description = RuleDescription(
        id: "SIG-MD-UNTRUSTED-KEY",
        title: "Metadata is signed by a trusted key",
        severity: .error,
        profiles: [.coreExt, .saml2int],
        citation: "IIP IIP-MD03; IOP §2.3",
        rationale: "Trust in metadata comes only from a key obtained out of band: a signature checked with the certificate in its own KeyInfo proves integrity, not origin. With trust input, a signature by any other key is an error; without trust input the signature is reported as intact but untrusted (info).",
        hint: "Check with the federation's signing certificate: --trust FILE or --trust-fingerprint SHA256:….",
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.signedIdP),
                      note: "No trust anchor given: intact, but nothing says who signed it (info)."),
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.signedIdP), trust: [SignedExamples.idpCertificate],
                      note: "Trusting another certificate: an error."),
            .passes(SignedExamples.signedIdP, trust: [SignedExamples.signerCertificate]),
        ])
}
