/// ATTR-DUP: one EntityAttributes per Extensions.
struct ATTRDup: Rule {
    static let description = RuleDescription(
        id: "ATTR-DUP",
        title: "One EntityAttributes per element",
        severity: .error,
        profiles: [.coreExt, .edugain],
        citation: "ATTR §2.3; EDUG-V E9",
        rationale: "EntityAttributes MUST NOT appear more than once in an Extensions element; consumers read one of them and lose the categories in the other.",
        hint: "Merge the saml:Attribute elements into a single mdattr:EntityAttributes.",
        examples: [
            .triggers(MDRPI.sp("""
            \(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"]))
            \(MDAttr.entityAttributes(name: "urn:oasis:names:tc:SAML:attribute:assurance-certification", values: ["https://refeds.org/sirtfi"], marked: true))
            """)),
            .passes(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"]))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for extra in (group.extensions?.elements(XMLNamespace.mdattr, "EntityAttributes") ?? []).dropFirst() {
                context.report("A second mdattr:EntityAttributes on the EntitiesDescriptor.", at: extra.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for extra in (entity.extensions?.elements(XMLNamespace.mdattr, "EntityAttributes") ?? []).dropFirst() {
            context.report("A second mdattr:EntityAttributes on the entity.", at: extra.position)
        }
    }
}
