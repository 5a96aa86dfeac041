/// MD-VALIDUNTIL-MISSING: the root relies on cacheDuration alone.
struct MDValidUntilMissing: Rule {
    static let description = RuleDescription(
        id: "MD-VALIDUNTIL-MISSING",
        title: "Root carries validUntil",
        severity: .warning,
        escalations: [.saml2int: .error, .edugain: .error],
        profiles: [.core, .saml2int, .edugain],
        citation: "S2I SDP-MD03; IIP IIP-MD04; IOP §2.7; EDUG-P",
        rationale: "Core accepts cacheDuration alone, but without an expiry a stale copy carrying a revoked key can be replayed forever; saml2int says consumers MUST reject such metadata.",
        hint: "Add a validUntil to the document element (eduGAIN uses a few days; at most the maximum validity your federation allows).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"cacheDuration="PT6H""#, marked: true)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard document.rootValidUntil == nil, document.rootCacheDuration != nil else { return }
        context.report(
            "The \(document.rootName) has cacheDuration but no validUntil, so it never expires.",
            at: document.rootPosition, entity: document.rootEntity)
    }
}
