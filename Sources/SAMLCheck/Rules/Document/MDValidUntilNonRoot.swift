/// MD-VALIDUNTIL-NONROOT: validity attributes below the document element.
struct MDValidUntilNonRoot: Rule {
    static let description = RuleDescription(
        id: "MD-VALIDUNTIL-NONROOT",
        title: "validUntil and cacheDuration sit on the root",
        severity: .info,
        profiles: [.core],
        citation: "META §2.3.1, §2.3.2",
        rationale: "validUntil and cacheDuration are RECOMMENDED only on the root element; below it they are legal but rarely what the publisher meant, and consumers differ in honouring them.",
        hint: "Set validity once, on the document element.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS,
                                                                  attributes: #"↓validUntil="2026-06-10T00:00:00Z""#))),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups where group.parent != nil {
            report(group.validUntil, group.cacheDuration, name: "EntitiesDescriptor", at: group.position, context: &context, entity: nil)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if !entity.isDocumentElement {
            report(entity.validUntil, entity.cacheDuration, name: "EntityDescriptor", at: entity.position, context: &context, entity: entity)
        }
        for role in entity.roles {
            report(role.validUntil, role.cacheDuration, name: role.kind.elementName, at: role.position, context: &context, entity: entity)
        }
    }

    private func report(_ validUntil: XSDateTime?, _ cacheDuration: XSDuration?, name: String, at position: SourcePosition,
                        context: inout RuleContext, entity: EntityDescriptor?) {
        let attributes = [validUntil.map { "validUntil=\"\($0.lexical)\"" }, cacheDuration.map { "cacheDuration=\"\($0.lexical)\"" }]
            .compactMap { $0 }
        guard !attributes.isEmpty else { return }
        context.report("\(name) carries \(attributes.joined(separator: " and ")) below the document element.", at: position, entity: entity)
    }
}
