/// SIG-REF-COUNT: reported by the signature stage (profile check).
struct SIGRefCount: Rule {
    static let description = RuleDescription(
        id: "SIG-REF-COUNT",
        title: "Exactly one Reference",
        severity: .error,
        profiles: [.core],
        citation: "META §3.1.2; CORE §5.4.2; OSAML validateReference",
        rationale: "SAML signatures MUST contain a single ds:Reference: with two, the signature may cover something besides the element it sits in, which is how signature-wrapping attacks hide content.",
        hint: "Sign with one Reference to the containing element's ID.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("#_example", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
                 "http://www.w3.org/2001/04/xmlenc#sha256"),
                ("#_other", ["http://www.w3.org/2001/10/xml-exc-c14n#"], "http://www.w3.org/2001/04/xmlenc#sha256"),
            ]))),
            .passes(SignedExamples.signedIdP),
        ])
}
