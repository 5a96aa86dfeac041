/// SIG-PLACEMENT: reported by the signature stage.
struct SIGPlacement: Rule {
    static let description = RuleDescription(
        id: "SIG-PLACEMENT",
        title: "Signatures sit first in the element they sign",
        severity: .error,
        profiles: [.core, .secBP],
        citation: "OSAML (validateSignatureImpl); META §2.3.x schema",
        rationale: "A ds:Signature must be an immediate child of the signable element it signs (EntitiesDescriptor, EntityDescriptor, a role descriptor), in its schema position as the first child, and there must be only one. A signature anywhere else verifies nothing a consumer relies on.",
        hint: "Put exactly one ds:Signature as the first child of the element it signs.",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("IDPSSODescriptor", """
            <md:Extensions>
            \(ExampleMetadata.indent(ExampleMetadata.signature(), by: 2))
            </md:Extensions>
            \(ExampleMetadata.redirectSSO)
            """), entityID: "https://idp.example.org/idp/shibboleth"), note: "A signature inside md:Extensions."),
            .passes(SignedExamples.signedIdP),
        ])
}
