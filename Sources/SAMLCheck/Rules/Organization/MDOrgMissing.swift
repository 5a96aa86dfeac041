/// MD-ORG-MISSING: an entity names its Organization.
struct MDOrgMissing: Rule {
    static let description = RuleDescription(
        id: "MD-ORG-MISSING",
        title: "The entity has an Organization",
        severity: .info,
        escalations: [.edugain: .warning],
        profiles: [.edugain],
        citation: "META §2.3.2.1; EDUG-P",
        rationale: "Organization is optional in core metadata, but eduGAIN asks every entity to name the organisation behind it (in English and the native language): it is what users and operators see when deciding whether to trust it.",
        hint: "Add an md:Organization with OrganizationName, OrganizationDisplayName and OrganizationURL, each with xml:lang=\"en\".",
        examples: [
            .triggers(ExampleMetadata.sp(), profiles: [.edugain]),
            .passes(OrganizationExamples.sp(OrganizationExamples.organization), profiles: [.edugain]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard entity.organization == nil else { return }
        context.report("The entity has no Organization.", at: entity.position)
    }
}
