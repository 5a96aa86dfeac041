/// SIG-ID-MISSING: reported by the signature stage (profile check).
struct SIGIDMissing: Rule {
    static let description = RuleDescription(
        id: "SIG-ID-MISSING",
        title: "Signed elements have an ID",
        severity: .error,
        profiles: [.core],
        citation: "META §3.1.2; CORE §5.4.2",
        rationale: "Signed elements MUST supply a value for their ID attribute, so that the Reference can name exactly the element it covers.",
        hint: "Give the signed element an ID and reference it with URI=\"#\" + that ID.",
        supersedes: [SIGRefURIEmpty.self],
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
                 "http://www.w3.org/2001/04/xmlenc#sha256"),
            ]), id: nil)),
            .passes(SignedExamples.signedIdP),
        ])
}
