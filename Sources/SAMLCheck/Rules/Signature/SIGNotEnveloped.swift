/// SIG-NOT-ENVELOPED: reported by the signature stage (profile check).
struct SIGNotEnveloped: Rule {
    static let description = RuleDescription(
        id: "SIG-NOT-ENVELOPED",
        title: "Signatures are enveloped",
        severity: .error,
        profiles: [.core],
        citation: "META §3.1.1; CORE §5.4.1",
        rationale: "SAML signatures MUST be enveloped: the signature sits inside the element it signs. An enveloping signature (signing a ds:Object inside itself) or a detached one signs something other than the metadata around it.",
        hint: "Sign the element that contains the signature, with the enveloped-signature transform and Reference URI=\"#\" + its ID.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(
                references: [("#payload", ["http://www.w3.org/2001/10/xml-exc-c14n#"], "http://www.w3.org/2001/04/xmlenc#sha256")],
                extra: #"<ds:Object Id="payload"><md:EntityDescriptor entityID="https://other.example.org"/></ds:Object>"#))),
            .passes(SignedExamples.signedIdP),
        ])
}
