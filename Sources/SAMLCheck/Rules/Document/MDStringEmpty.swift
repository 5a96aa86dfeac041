/// MD-STRING-EMPTY: SAML string values are never empty.
struct MDStringEmpty: Rule {
    static let description = RuleDescription(
        id: "MD-STRING-EMPTY",
        title: "String values are not empty",
        severity: .warning,
        escalations: [.edugain: .error],
        profiles: [.core, .edugain],
        citation: "CORE §1.3.1; EDUG-V E3, E4, E5",
        rationale: "SAML string values must contain at least one non-whitespace character; an empty organisation name, contact name, NameIDFormat or mdui:DisplayName shows up as a blank in discovery and consent pages, and eduGAIN rejects such metadata.",
        hint: "Fill in the value or remove the empty element.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            <md:ContactPerson contactType="technical">
              ↓<md:GivenName> </md:GivenName>
              <md:EmailAddress>mailto:ops@sp.example.org</md:EmailAddress>
            </md:ContactPerson>
            """)),
            .passes(ExampleMetadata.sp()),
        ])

    private static let mduiText: Set<String> = ["DisplayName", "Description", "InformationURL", "PrivacyStatementURL", "Keywords", "Logo",
                                                "DomainHint", "IPHint", "GeolocationHint"]

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        func inspect(_ value: TextValue?, _ name: String) {
            guard let value, value.value.isBlank else { return }
            context.report("\(name) is empty.", at: value.position)
        }
        func inspect(_ value: LocalizedValue, _ name: String) {
            if value.value.isBlank { context.report("\(name) is empty.", at: value.position) }
        }
        let organizations = [entity.organization].compactMap { $0 } + entity.roles.compactMap(\.organization)
        for organization in organizations {
            organization.names.forEach { inspect($0, "OrganizationName") }
            organization.displayNames.forEach { inspect($0, "OrganizationDisplayName") }
            organization.urls.forEach { inspect($0, "OrganizationURL") }
        }
        for contact in entity.contacts + entity.roles.flatMap(\.contacts) {
            inspect(contact.company, "Company")
            inspect(contact.givenName, "GivenName")
            inspect(contact.surName, "SurName")
            contact.emailAddresses.forEach { inspect($0, "EmailAddress") }
            contact.telephoneNumbers.forEach { inspect($0, "TelephoneNumber") }
        }
        for role in entity.roles {
            role.nameIDFormats.forEach { inspect($0, "NameIDFormat") }
            for service in role.attributeConsumingServices {
                service.serviceNames.forEach { inspect($0, "ServiceName") }
                service.serviceDescriptions.forEach { inspect($0, "ServiceDescription") }
            }
        }
        for (_, extensions) in entity.extensionSites {
            for element in extensions.allElements where element.children.isEmpty && element.text.isBlank {
                let isMDUI = element.namespace == XMLNamespace.mdui && Self.mduiText.contains(element.localName)
                let isScope = element.isElement(XMLNamespace.shibmd, "Scope")
                let isPolicy = element.namespace == XMLNamespace.mdrpi && element.localName.hasSuffix("Policy")
                if isMDUI || isScope || isPolicy {
                    context.report("\(element.displayName) is empty.", at: element.position)
                }
            }
        }
    }
}
