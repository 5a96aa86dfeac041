/// MD-ID-DUPLICATE: every xs:ID value must be declared once.
struct MDIDDuplicate: Rule {
    static let description = RuleDescription(
        id: "MD-ID-DUPLICATE",
        title: "ID values are unique",
        severity: .error,
        profiles: [.core, .secBP],
        citation: "CORE §1.3.4; DSIGBP \"check what is signed\"",
        rationale: "An ID must be declared exactly once in a document. Two elements with the same ID make a signature Reference ambiguous, which is the basis of signature-wrapping attacks.",
        hint: "Give every element its own ID value (or remove IDs that nothing references).",
        examples: [
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp1.example.org", attributes: #"ID="_e1""#),
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp2.example.org", attributes: #"ID="_e1""#, marked: true),
            ], attributes: #"ID="_agg" validUntil="2026-06-15T00:00:00Z""#)),
            .passes(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp1.example.org", attributes: #"ID="_e1""#),
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp2.example.org", attributes: #"ID="_e2""#),
            ], attributes: #"ID="_agg" validUntil="2026-06-15T00:00:00Z""#)),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        var first: [String: IDDeclaration] = [:]
        let owners = EntityLookup(document)
        for declaration in document.idDeclarations {
            if let earlier = first[declaration.value] {
                context.report(
                    "ID '\(declaration.value)' on \(declaration.elementName) is already declared on \(earlier.elementName) at line \(earlier.position.line).",
                    at: declaration.position, entity: owners.entity(containing: declaration.position))
            } else {
                first[declaration.value] = declaration
            }
        }
    }
}
