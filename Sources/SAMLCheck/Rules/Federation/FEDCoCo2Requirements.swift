/// FED-COCO2-REQUIREMENTS: an SP claiming the GÉANT Code of Conduct v2 publishes what the Code requires.
struct FEDCoCo2Requirements: Rule {
    static let description = RuleDescription(
        id: "FED-COCO2-REQUIREMENTS",
        title: "Code of Conduct v2 SPs meet its metadata requirements",
        severity: .error,
        escalations: [.refeds: .error],
        profiles: [.refeds],
        citation: "COCO; UKF check_coco_v2_ec.xsl",
        rationale: "IdPs release personal data to an SP that claims the REFEDS Data Protection Code of Conduct v2 on the strength of its metadata: an English DisplayName and Description that say what the service is, an English privacy statement, and the attributes it needs (requested attributes, or a subject-id:req that names its identifier). Without them users cannot give informed consent and IdPs cannot apply attribute minimisation.",
        hint: "Add what is missing to the SPSSODescriptor (mdui elements with xml:lang=\"en\" in its mdui:UIInfo, RequestedAttribute elements in an AttributeConsumingService), or drop the Code of Conduct category.",
        examples: [
            .triggers(MDRPI.sp(MDAttr.entityAttributes(values: ["↓" + EntityCategories.codeOfConductV2])), profiles: [.refeds],
                      note: "No mdui at all, no requested attributes."),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
            \(ExampleMetadata.indent(MDAttr.entityAttributes(values: [EntityCategories.codeOfConductV2]), by: 2))
            </md:Extensions>
            <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
              <md:Extensions>
                <mdui:UIInfo xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui">
                  \(UIInfoExamples.displayName)
                  \(UIInfoExamples.description)
                  \(UIInfoExamples.privacyURL)
                </mdui:UIInfo>
              </md:Extensions>
              \(ExampleMetadata.postACS)
              <md:AttributeConsumingService index="1">
                <md:ServiceName xml:lang="en">Northwind Wiki</md:ServiceName>
                <md:RequestedAttribute FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>
              </md:AttributeConsumingService>
            </md:SPSSODescriptor>
            """), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let claim = EntityCategories.claim(EntityCategories.codeOfConductV2, by: entity), !entity.serviceProviders.isEmpty else { return }
        let roles = entity.serviceProviders
        func hasEnglish(_ localName: String) -> Bool {
            roles.flatMap(\.uiInfos).flatMap { $0.children(XMLNamespace.mdui, localName) }
                .contains { !$0.text.isBlank && $0.language?.trimmingWhitespace().lowercased() == "en" }
        }
        var missing: [String] = []
        if !hasEnglish("DisplayName") { missing.append("an English mdui:DisplayName") }
        if !hasEnglish("Description") { missing.append("an English mdui:Description") }
        if !hasEnglish("PrivacyStatementURL") { missing.append("an English mdui:PrivacyStatementURL") }
        let requestsAttributes = roles.flatMap(\.attributeConsumingServices).contains { !$0.requestedAttributes.isEmpty }
        let signalsIdentifier = !EntityAttributes.values(SPSubjectIDReqInvalid.attributeName, of: entity).isEmpty
        if !requestsAttributes && !signalsIdentifier { missing.append("requested attributes (RequestedAttribute or subject-id:req)") }
        guard !missing.isEmpty else { return }
        context.report("The SP claims the Code of Conduct v2 but has no \(missing.joined(separator: ", ")).", at: claim.position)
    }
}
