/// MD-ORG-EN-MISSING: interfederation readers find the organisation in English.
struct MDOrgENMissing: Rule {
    static let description = RuleDescription(
        id: "MD-ORG-EN-MISSING",
        title: "Organization values have an English variant",
        severity: .info,
        escalations: [.edugain: .info],
        profiles: [.edugain],
        citation: "EDUG-P",
        rationale: "eduGAIN carries entities to users in every country; its profile asks for each Organization value in English besides the native language, because discovery services and consent pages fall back to English when the user's language is missing.",
        hint: "Add xml:lang=\"en\" variants of OrganizationName, OrganizationDisplayName and OrganizationURL.",
        examples: [
            .triggers(OrganizationExamples.sp("""
            ↓<md:Organization>
              <md:OrganizationName xml:lang="de">Universität Nordwind</md:OrganizationName>
              <md:OrganizationDisplayName xml:lang="de">Universität Nordwind</md:OrganizationDisplayName>
              <md:OrganizationURL xml:lang="de">https://www.nordwind.de/</md:OrganizationURL>
            </md:Organization>
            """), profiles: [.edugain]),
            .passes(OrganizationExamples.sp(OrganizationExamples.organization), profiles: [.edugain]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for organization in entity.allOrganizations {
            // An element that is missing altogether is MD-ORG-INCOMPLETE's.
            let lacking = organization.namedValues.filter { _, values in
                !values.isEmpty && !values.contains { $0.language?.trimmingWhitespace().lowercased() == "en" }
            }.map(\.name)
            guard !lacking.isEmpty else { continue }
            context.report("The Organization has no English (xml:lang=\"en\") \(lacking.joined(separator: ", ")).", at: organization.position)
        }
    }
}
