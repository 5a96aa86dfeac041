/// ATTR-VALUE-WHITESPACE: entity attribute values without surrounding whitespace.
struct ATTRValueWhitespace: Rule {
    static let description = RuleDescription(
        id: "ATTR-VALUE-WHITESPACE",
        title: "Entity attribute values have no surrounding whitespace",
        severity: .warning,
        profiles: [.edugain, .core],
        citation: "EDUG-V warning 8; CORE §1.3.1",
        rationale: "Entity categories and assurance marks are matched by exact string comparison; a value with a leading or trailing space or line break never matches, so the category is silently missed.",
        hint: "Remove the whitespace around the value: <saml:AttributeValue>http://refeds.org/category/research-and-scholarship</saml:AttributeValue>.",
        examples: [
            .triggers(MDRPI.sp(MDAttr.entityAttributes(values: ["↓ http://refeds.org/category/research-and-scholarship"]))),
            .passes(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"]))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for value in group.extensions?.entityAttributeValues ?? [] { report(value, context: &context) }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for value in entity.extensions?.entityAttributeValues ?? [] { report(value, context: &context) }
    }

    private func report(_ value: ElementValue, context: inout RuleContext) {
        guard value.children.isEmpty, value.text != value.trimmedText, !value.trimmedText.isEmpty else { return }
        context.report("The entity attribute value \"\(value.trimmedText)\" has surrounding whitespace and will not match exactly.", at: value.position)
    }
}
