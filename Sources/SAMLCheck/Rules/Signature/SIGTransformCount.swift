/// SIG-TRANSFORM-COUNT: reported by the signature stage (profile check).
struct SIGTransformCount: Rule {
    static let description = RuleDescription(
        id: "SIG-TRANSFORM-COUNT",
        title: "At most two transforms",
        severity: .error,
        profiles: [.secBP],
        citation: "OSAML; DSIGBP \"reduce the opportunities for denial of service\"",
        rationale: "The SAML profile needs two transforms at most (enveloped-signature and exclusive C14N); more is a sign of tampering and a denial-of-service lever.",
        hint: "Sign with the enveloped-signature and exclusive C14N transforms only.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.signedIdP(ExampleMetadata.signature(references: [
                ("#_example", ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#",
                               "http://www.w3.org/2001/10/xml-exc-c14n#"], "http://www.w3.org/2001/04/xmlenc#sha256"),
            ]))),
            .passes(SignedExamples.signedIdP),
        ])
}
