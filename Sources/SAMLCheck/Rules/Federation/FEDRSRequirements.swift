/// FED-RS-REQUIREMENTS: an SP in the Research and Scholarship category meets its registration criteria.
struct FEDRSRequirements: Rule {
    static let description = RuleDescription(
        id: "FED-RS-REQUIREMENTS",
        title: "R&S SPs meet the registration criteria",
        severity: .error,
        escalations: [.refeds: .error],
        profiles: [.refeds],
        citation: "RS §4.3.1–4.3.4; UKF check_rands_member.xsl",
        rationale: "IdPs release the R&S attribute bundle to SPs in the category on the strength of its registration criteria: an HTTP-POST AssertionConsumerService, an mdui:DisplayName and mdui:InformationURL that tell users what the service is, and a technical contact. An SP missing one of them should not carry the category.",
        hint: "Add what is missing (in the SPSSODescriptor's mdui:UIInfo for the mdui elements), or drop the R&S category.",
        examples: [
            .triggers(MDRPI.sp(MDAttr.entityAttributes(values: ["↓" + FEDRSSPOnly.researchAndScholarship])), profiles: [.refeds],
                      note: "No mdui:DisplayName, no mdui:InformationURL, no technical contact."),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
            \(ExampleMetadata.indent(MDAttr.entityAttributes(values: [FEDRSSPOnly.researchAndScholarship]), by: 2))
            </md:Extensions>
            <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
              <md:Extensions>
                <mdui:UIInfo xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui">
                  <mdui:DisplayName xml:lang="en">Northwind Wiki</mdui:DisplayName>
                  <mdui:InformationURL xml:lang="en">https://wiki.northwind.edu/about</mdui:InformationURL>
                </mdui:UIInfo>
              </md:Extensions>
              \(ExampleMetadata.postACS)
            </md:SPSSODescriptor>
            <md:ContactPerson contactType="technical">
              <md:GivenName>Wiki Operations</md:GivenName>
              <md:EmailAddress>mailto:wiki-ops@northwind.edu</md:EmailAddress>
            </md:ContactPerson>
            """), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let claim = EntityCategories.claim(FEDRSSPOnly.researchAndScholarship, by: entity), !entity.serviceProviders.isEmpty else { return }
        let roles = entity.serviceProviders
        var missing: [String] = []
        let hasPOST = roles.flatMap(\.endpoints).contains { endpoint in
            endpoint.kind == .assertionConsumerService && endpoint.binding?.trimmingWhitespace() == SAMLBinding.httpPOST.rawValue
        }
        if !hasPOST { missing.append("an HTTP-POST AssertionConsumerService") }
        if !roles.contains(where: { $0.hasUIInfoChild("DisplayName") }) { missing.append("an mdui:DisplayName") }
        if !roles.contains(where: { $0.hasUIInfoChild("InformationURL") }) { missing.append("an mdui:InformationURL") }
        if !entity.allContacts.contains(where: { $0.contactType?.trimmingWhitespace() == "technical" }) { missing.append("a technical contact") }
        guard !missing.isEmpty else { return }
        context.report("The SP claims Research and Scholarship but has no \(missing.joined(separator: ", ")).", at: claim.position)
    }
}
