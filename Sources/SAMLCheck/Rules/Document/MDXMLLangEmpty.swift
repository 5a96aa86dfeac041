/// MD-XMLLANG-EMPTY: localized values name their language.
struct MDXMLLangEmpty: Rule {
    static let description = RuleDescription(
        id: "MD-XMLLANG-EMPTY",
        title: "xml:lang is not empty",
        severity: .warning,
        profiles: [.core],
        citation: "META §2.2.4, §2.2.5; UKF check_misc.xsl",
        rationale: "Localized metadata values carry their language in xml:lang; xml:lang=\"\" means no language at all, so products that pick a value by language never pick this one.",
        hint: "Set xml:lang to the value's language (en, de, sv…).",
        examples: [
            .triggers(ExampleMetadata.entity("""
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            <md:Organization>
              ↓<md:OrganizationName xml:lang="">Example</md:OrganizationName>
              <md:OrganizationDisplayName xml:lang="en">Example</md:OrganizationDisplayName>
              <md:OrganizationURL xml:lang="en">https://www.example.org/</md:OrganizationURL>
            </md:Organization>
            """)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        var localized: [(String, LocalizedValue)] = []
        for organization in [entity.organization].compactMap({ $0 }) + entity.roles.compactMap(\.organization) {
            localized += organization.names.map { ("OrganizationName", $0) } + organization.displayNames.map { ("OrganizationDisplayName", $0) }
                + organization.urls.map { ("OrganizationURL", $0) }
        }
        for service in entity.roles.flatMap(\.attributeConsumingServices) {
            localized += service.serviceNames.map { ("ServiceName", $0) } + service.serviceDescriptions.map { ("ServiceDescription", $0) }
        }
        for (name, value) in localized where value.language?.isBlank == true {
            context.report("\(name) has an empty xml:lang.", at: value.position)
        }
        for (_, extensions) in entity.extensionSites {
            for element in extensions.allElements where element.language?.isBlank == true {
                context.report("\(element.displayName) has an empty xml:lang.", at: element.position)
            }
        }
    }
}
