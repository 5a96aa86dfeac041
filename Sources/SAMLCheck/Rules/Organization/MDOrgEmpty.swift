/// MD-ORG-EMPTY: the Organization's names and URL say something.
struct MDOrgEmpty: Rule {
    static let description = RuleDescription(
        id: "MD-ORG-EMPTY",
        title: "Organization names and URLs are not empty",
        severity: .warning,
        escalations: [.edugain: .error],
        profiles: [.edugain],
        citation: "EDUG-V E4, E5; CORE §1.3.1",
        rationale: "An empty OrganizationName, OrganizationDisplayName or OrganizationURL is schema-valid but tells users nothing; eduGAIN refuses entities with empty organisation values because discovery and consent pages show them.",
        hint: "Fill in the element (e.g. <md:OrganizationDisplayName xml:lang=\"en\">Northwind University</md:OrganizationDisplayName>) or remove the empty one.",
        examples: [
            .triggers(OrganizationExamples.sp("""
            <md:Organization>
              <md:OrganizationName xml:lang="en">Northwind University</md:OrganizationName>
              ↓<md:OrganizationDisplayName xml:lang="en">  </md:OrganizationDisplayName>
              <md:OrganizationURL xml:lang="en">https://www.northwind.edu/</md:OrganizationURL>
            </md:Organization>
            """), profiles: [.edugain]),
            .passes(OrganizationExamples.sp(OrganizationExamples.organization), profiles: [.edugain]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for organization in entity.allOrganizations {
            for (name, values) in organization.namedValues {
                for value in values where value.value.isBlank {
                    context.report("The Organization's \(name) is empty.", at: value.position)
                }
            }
        }
    }
}
