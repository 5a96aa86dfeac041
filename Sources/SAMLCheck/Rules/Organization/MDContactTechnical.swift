/// MD-CONTACT-TECHNICAL: someone technical can be mailed about the entity.
struct MDContactTechnical: Rule {
    static let description = RuleDescription(
        id: "MD-CONTACT-TECHNICAL",
        title: "A technical contact with an email address",
        severity: .warning,
        escalations: [.saml2int: .error, .edugain: .error],
        profiles: [.saml2int, .edugain, .refeds],
        citation: "S2I SDP-MD11; EDUG-V E6; RS §4.3",
        rationale: "When a key leaks, an endpoint breaks or a partner's login fails, federation operators and peers write to the entity's technical contact; saml2int requires one with an EmailAddress, eduGAIN refuses entities with neither a technical nor a support contact, and R&S asks for a technical contact.",
        hint: "Add <md:ContactPerson contactType=\"technical\"> with <md:EmailAddress>mailto:team@example.org</md:EmailAddress> (a team mailbox, not a person).",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + """

            <md:ContactPerson contactType="technical">
              <md:GivenName>Wiki Operations</md:GivenName>
            </md:ContactPerson>
            """, marked: true), profiles: [.saml2int], note: "A technical contact without an email address cannot be written to."),
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + """

            <md:ContactPerson contactType="support">
              <md:EmailAddress>mailto:helpdesk@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """, marked: true), profiles: [.saml2int], note: "A support contact is enough only when eduGAIN is the sole profile asking."),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + """

            <md:ContactPerson contactType="technical">
              <md:EmailAddress>mailto:wiki-ops@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        // eduGAIN's E6 is satisfied by a support contact; saml2int and R&S name the technical one.
        let profiles = context.settings.profiles
        let supportSuffices = profiles.contains(.edugain) && !profiles.contains(.saml2int) && !profiles.contains(.refeds)
        let accepted: Set<String> = supportSuffices ? ["technical", "support"] : ["technical"]
        let reachable = entity.allContacts.contains { contact in
            accepted.contains(contact.contactType?.trimmingWhitespace() ?? "") && contact.emailAddresses.contains { !$0.value.isBlank }
        }
        guard !reachable else { return }
        context.report("The entity has no \(supportSuffices ? "technical or support" : "technical") contact with an EmailAddress.", at: entity.position)
    }
}
