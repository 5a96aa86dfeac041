/// MD-ORG-INCOMPLETE: an Organization names itself, its display name and its URL.
struct MDOrgIncomplete: Rule {
    static let description = RuleDescription(
        id: "MD-ORG-INCOMPLETE",
        title: "Organization has name, display name and URL",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3.2.1",
        rationale: "OrganizationName, OrganizationDisplayName and OrganizationURL are each required (one or more); discovery services and consent pages show them to users.",
        hint: "Add the missing element(s), each with xml:lang, e.g. <md:OrganizationURL xml:lang=\"en\">https://www.your-university.edu/</md:OrganizationURL>.",
        examples: [
            .triggers(OrganizationExamples.sp("""
            ↓<md:Organization>
              <md:OrganizationName xml:lang="en">Northwind University</md:OrganizationName>
              <md:OrganizationURL xml:lang="en">https://www.northwind.edu/</md:OrganizationURL>
            </md:Organization>
            """)),
            .passes(OrganizationExamples.sp(OrganizationExamples.organization)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for organization in entity.allOrganizations {
            let missing = [
                organization.names.isEmpty ? "OrganizationName" : nil,
                organization.displayNames.isEmpty ? "OrganizationDisplayName" : nil,
                organization.urls.isEmpty ? "OrganizationURL" : nil,
            ].compactMap { $0 }
            if !missing.isEmpty {
                context.report("The Organization lacks \(missing.joined(separator: " and ")).", at: organization.position)
            }
        }
    }
}
