/// MD-ORG-LANG-DUP: one Organization value per language.
struct MDOrgLangDup: Rule {
    static let description = RuleDescription(
        id: "MD-ORG-LANG-DUP",
        title: "One Organization value per language",
        severity: .warning,
        profiles: [.ops],
        citation: "UKF check_saml2_lang.xsl",
        rationale: "Software picks the value matching the user's language; with two OrganizationNames (or display names, URLs) in one language the choice is arbitrary.",
        hint: "Keep one value per xml:lang for each of OrganizationName, OrganizationDisplayName and OrganizationURL.",
        examples: [
            .triggers(OrganizationExamples.sp("""
            <md:Organization>
              <md:OrganizationName xml:lang="en">Northwind University</md:OrganizationName>
              <md:OrganizationDisplayName xml:lang="en">Northwind University</md:OrganizationDisplayName>
              ↓<md:OrganizationDisplayName xml:lang="EN">Northwind</md:OrganizationDisplayName>
              <md:OrganizationURL xml:lang="en">https://www.northwind.edu/</md:OrganizationURL>
            </md:Organization>
            """)),
            .passes(OrganizationExamples.sp("""
            <md:Organization>
              <md:OrganizationName xml:lang="en">Northwind University</md:OrganizationName>
              <md:OrganizationDisplayName xml:lang="en">Northwind University</md:OrganizationDisplayName>
              <md:OrganizationDisplayName xml:lang="de">Universität Northwind</md:OrganizationDisplayName>
              <md:OrganizationURL xml:lang="en">https://www.northwind.edu/</md:OrganizationURL>
            </md:Organization>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for organization in entity.allOrganizations {
            for (kind, values) in [("OrganizationName", organization.names), ("OrganizationDisplayName", organization.displayNames),
                                   ("OrganizationURL", organization.urls)] {
                for (value, language) in LanguageDuplicates.repeated(values, language: \.language) {
                    context.report("A second \(kind) in xml:lang \"\(language)\".", at: value.position)
                }
            }
        }
    }
}
