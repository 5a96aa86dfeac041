/// SP-ACS-SVC-NAME: an AttributeConsumingService has ServiceNames, one per language.
struct SPACSSvcName: Rule {
    static let description = RuleDescription(
        id: "SP-ACS-SVC-NAME",
        title: "AttributeConsumingService has a ServiceName per language",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.4.1; ERR E88; UKF check_saml2_lang.xsl",
        rationale: "ServiceName is required (one or more) and is what consent screens show; two names in the same language leave the choice to chance.",
        hint: "Give the AttributeConsumingService one md:ServiceName per language, each with its own xml:lang.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            ↓<md:AttributeConsumingService index="1">
              <md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>
            </md:AttributeConsumingService>
            """), note: "No ServiceName: an error."),
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1">
              <md:ServiceName xml:lang="en">Wiki</md:ServiceName>
              ↓<md:ServiceName xml:lang="en">Team wiki</md:ServiceName>
              <md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>
            </md:AttributeConsumingService>
            """), note: "Two English names: a warning."),
            .passes(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1">
              <md:ServiceName xml:lang="en">Wiki</md:ServiceName>
              <md:ServiceName xml:lang="de">Wiki</md:ServiceName>
              <md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>
            </md:AttributeConsumingService>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders {
            for service in role.attributeConsumingServices {
                if service.serviceNames.isEmpty {
                    context.report("The AttributeConsumingService\(service.index.map { " with index \($0.lexical)" } ?? "") has no ServiceName.",
                                   at: service.position, severity: .error)
                }
                for (name, language) in LanguageDuplicates.repeated(service.serviceNames, language: \.language) {
                    context.report("A second ServiceName in xml:lang \"\(language)\" (\"\(name.value.trimmingWhitespace())\").",
                                   at: name.position, severity: .warning)
                }
            }
        }
    }
}
