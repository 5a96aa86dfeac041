/// ROLE-MISSING: an entity needs a role or an affiliation.
struct ROLEMissing: Rule {
    static let description = RuleDescription(
        id: "ROLE-MISSING",
        title: "Entity has a role",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3.2",
        rationale: "An EntityDescriptor must contain at least one role descriptor or an AffiliationDescriptor; an entity with neither says nothing a peer can use and is rejected by schema-validating consumers.",
        hint: "Add the role the entity plays: an SPSSODescriptor for a service, an IDPSSODescriptor for an identity provider.",
        examples: [
            .triggers(ExampleMetadata.entity("<md:Organization><md:OrganizationName xml:lang=\"en\">Example</md:OrganizationName><md:OrganizationDisplayName xml:lang=\"en\">Example</md:OrganizationDisplayName><md:OrganizationURL xml:lang=\"en\">https://example.org/</md:OrganizationURL></md:Organization>", marked: true)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if entity.roles.isEmpty && entity.affiliation == nil {
            context.report("The entity has no role descriptor (IDPSSODescriptor, SPSSODescriptor, …) and no AffiliationDescriptor.",
                           at: entity.position)
        }
    }
}
