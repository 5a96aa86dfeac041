/// SIG-OBJECT: reported by the signature stage (profile check).
struct SIGObject: Rule {
    static let description = RuleDescription(
        id: "SIG-OBJECT",
        title: "No ds:Object in signatures",
        severity: .error,
        profiles: [.core, .secBP],
        citation: "ERR E91; OSAML validateObjectChildren",
        rationale: "ds:Object SHOULD NOT be present and verifiers SHOULD reject signatures with one: it carries data that looks signed but need not be, a classic hiding place in wrapping attacks.",
        hint: "Remove the ds:Object and re-sign.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(extra: #"<ds:Object><md:EntityDescriptor entityID="https://other.example.org"/></ds:Object>"#))),
            .passes(SignedExamples.signedIdP),
        ])
}
