/// ATTR-PLACEMENT: mdattr:EntityAttributes belongs to an entity or a group.
struct ATTRPlacement: Rule {
    static let description = RuleDescription(
        id: "ATTR-PLACEMENT",
        title: "EntityAttributes sits in entity or group Extensions",
        severity: .warning,
        profiles: [.coreExt, .edugain],
        citation: "ATTR §2.3; EDUG-V warning 6; UKF check_mdattr.xsl",
        rationale: "The meaning of EntityAttributes is undefined anywhere but directly in the Extensions of an EntityDescriptor or EntitiesDescriptor; entity categories placed in a role are silently ignored, so the entity loses the attributes its category should release.",
        hint: "Move mdattr:EntityAttributes into the EntityDescriptor's md:Extensions.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:Extensions>
            \(ExampleMetadata.indent(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"], marked: true), by: 2))
            </md:Extensions>
            \(ExampleMetadata.postACS)
            """)),
            .passes(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"]))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.mdattr, "EntityAttributes", in: document, allowedOnGroups: true) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is ignored"), at: element.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.mdattr, "EntityAttributes", in: entity, allowedAt: { $0 == .entity }) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is ignored; it belongs to the EntityDescriptor"), at: element.position)
        }
    }
}
