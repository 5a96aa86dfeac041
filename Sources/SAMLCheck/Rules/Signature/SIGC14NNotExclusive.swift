/// SIG-C14N-NOT-EXCLUSIVE: reported by the signature stage (profile check).
struct SIGC14NNotExclusive: Rule {
    static let description = RuleDescription(
        id: "SIG-C14N-NOT-EXCLUSIVE",
        title: "SignedInfo uses exclusive C14N",
        severity: .warning,
        profiles: [.core],
        citation: "META §3.1.3; CORE §5.4.3; ERR E83",
        rationale: "Exclusive C14N SHOULD be used: inclusive C14N pulls in namespace declarations from around the signed element, so the signature breaks when an entity is moved into (or out of) an aggregate.",
        hint: "Sign with CanonicalizationMethod http://www.w3.org/2001/10/xml-exc-c14n#.",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.inclusiveCanonicalization)),
            .passes(SignedExamples.signedIdP),
        ])
}
