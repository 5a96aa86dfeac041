/// SIG-MD-UNSIGNED: reported by the signature stage when the document element carries no signature.
struct SIGMDUnsigned: Rule {
    static let description = RuleDescription(
        id: "SIG-MD-UNSIGNED",
        title: "Metadata is signed on its document element",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.core, .saml2int],
        citation: "META §3, §4.3.3; S2I SDP-MD02; IIP IIP-MD03",
        rationale: "Signing the root is how consumers know metadata is authentic and unmodified; only a signature on the document element counts (a signed entity inside an unsigned aggregate does not make the aggregate signed). With --trust, --trust-fingerprint or --require-signature an unsigned document is an error; without them an unsigned aggregate is a warning and an entity's own unsigned metadata (as handed to a federation) is info.",
        hint: "Fetch the signed copy from the publisher, or sign the metadata (for example with xmlsectool or pyFF).",
        reportedBy: .signature,
        examples: [
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", ExampleMetadata.redirectSSO),
                                       entityID: "https://idp.example.org/idp/shibboleth"),
            ], marked: true), note: "An unsigned aggregate."),
            .passes(SignedExamples.signedIdP),
        ])
}
