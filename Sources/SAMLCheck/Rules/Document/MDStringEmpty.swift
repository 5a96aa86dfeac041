/// MD-STRING-EMPTY: SAML string values are never empty.
struct MDStringEmpty: Rule {
    static let description = RuleDescription(
        id: "MD-STRING-EMPTY",
        title: "String values are not empty",
        severity: .warning,
        escalations: [.edugain: .error],
        profiles: [.core, .edugain],
        citation: "CORE §1.3.1; EDUG-V E3, E4, E5",
        rationale: "SAML string values must contain at least one non-whitespace character; an empty organisation name, contact name, NameIDFormat or mdui:DisplayName shows up as a blank in discovery and consent pages, and eduGAIN rejects such metadata. An empty URL-typed element (OrganizationURL, EmailAddress, mdui:InformationURL, PrivacyStatementURL, Logo, the mdrpi policies) is an error everywhere: libxml2 accepts an empty xs:anyURI, but OpenSAML's stricter schema, which Shibboleth uses, rejects the whole document.",
        hint: "Fill in the value or remove the empty element.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            <md:ContactPerson contactType="technical">
              ↓<md:GivenName> </md:GivenName>
              <md:EmailAddress>mailto:ops@sp.example.org</md:EmailAddress>
            </md:ContactPerson>
            """)),
            .triggers(ExampleMetadata.entity("""
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            <md:Organization>
              <md:OrganizationName xml:lang="en">Example</md:OrganizationName>
              <md:OrganizationDisplayName xml:lang="en">Example</md:OrganizationDisplayName>
              ↓<md:OrganizationURL xml:lang="en">  </md:OrganizationURL>
            </md:Organization>
            """), note: "An empty URL: an error in every profile."),
            .passes(ExampleMetadata.sp()),
        ])

    /// Elements typed xs:anyURI (or localizedURIType), empty ones of which a strict schema refuses.
    private static let urlTyped: Set<String> = ["OrganizationURL", "EmailAddress", "InformationURL", "PrivacyStatementURL", "Logo"]

    private static let mduiText: Set<String> = ["DisplayName", "Description", "InformationURL", "PrivacyStatementURL", "Keywords", "Logo",
                                                "DomainHint", "IPHint", "GeolocationHint"]

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        func report(_ name: String, at position: SourcePosition, isURL: Bool) {
            if isURL {
                context.report("\(name) is empty; it is typed anyURI, and a strict schema (OpenSAML's) refuses the document.", at: position, severity: .error)
            } else {
                context.report("\(name) is empty.", at: position)
            }
        }
        func inspect(_ value: TextValue?, _ name: String) {
            guard let value, value.value.isBlank else { return }
            report(name, at: value.position, isURL: Self.urlTyped.contains(name))
        }
        func inspect(_ value: LocalizedValue, _ name: String) {
            if value.value.isBlank { report(name, at: value.position, isURL: Self.urlTyped.contains(name)) }
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
                    report(element.displayName, at: element.position, isURL: isPolicy || (isMDUI && Self.urlTyped.contains(element.localName)))
                }
            }
        }
    }
}
