/// SIG-TRANSFORM-DISALLOWED: reported by the signature stage (profile check).
struct SIGTransformDisallowed: Rule {
    static let description = RuleDescription(
        id: "SIG-TRANSFORM-DISALLOWED",
        title: "Only enveloped-signature and exclusive C14N transforms",
        severity: .error,
        profiles: [.core, .secBP],
        citation: "META §3.1.4; CORE §5.4.4; OSAML validateTransforms; DSIGBP \"reduce the opportunities for denial of service\"",
        rationale: "XPath and XSLT transforms can select what is signed (so the signature covers less than it seems) and can cost unbounded time; OpenSAML rejects any transform but enveloped-signature and exclusive C14N. samlcheck never runs such a signature.",
        hint: "Sign with exactly the enveloped-signature and exclusive C14N transforms.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("#_example", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/TR/1999/REC-xpath-19991116"],
                 "http://www.w3.org/2001/04/xmlenc#sha256"),
            ]))),
            .passes(SignedExamples.signedIdP),
        ])
}
