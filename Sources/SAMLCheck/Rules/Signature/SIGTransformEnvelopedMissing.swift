/// SIG-TRANSFORM-ENVELOPED-MISSING: reported by the signature stage (profile check).
struct SIGTransformEnvelopedMissing: Rule {
    static let description = RuleDescription(
        id: "SIG-TRANSFORM-ENVELOPED-MISSING",
        title: "The enveloped-signature transform is present",
        severity: .error,
        profiles: [.secBP],
        citation: "OSAML validateTransforms",
        rationale: "An enveloped signature cannot verify without the enveloped-signature transform (the signature would cover itself); OpenSAML requires it.",
        hint: "Add the http://www.w3.org/2000/09/xmldsig#enveloped-signature transform.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("#_example", ["http://www.w3.org/2001/10/xml-exc-c14n#"], "http://www.w3.org/2001/04/xmlenc#sha256"),
            ]))),
            .passes(SignedExamples.signedIdP),
        ])
}
