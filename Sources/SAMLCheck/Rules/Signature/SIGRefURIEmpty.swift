/// SIG-REF-URI-EMPTY: reported by the signature stage (profile check).
struct SIGRefURIEmpty: Rule {
    static let description = RuleDescription(
        id: "SIG-REF-URI-EMPTY",
        title: "The Reference names the signed element's ID",
        severity: .warning,
        profiles: [.core],
        citation: "CORE §5.4.2; OSAML",
        rationale: "An empty Reference URI signs the whole document. OpenSAML tolerates it and it is safe only when the signed element is the document element, but the profile says the URI must be \"#\" + the ID; an entity signed this way breaks once it is copied into an aggregate.",
        hint: "Sign with Reference URI=\"#\" + the signed element's ID.",
        reportedBy: .signature,
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.emptyReferenceURI)),
            .passes(SignedExamples.signedIdP),
        ])
}
