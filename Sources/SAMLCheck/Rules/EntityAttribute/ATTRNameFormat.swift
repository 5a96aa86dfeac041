/// ATTR-NAMEFORMAT: entity attributes are named with the uri NameFormat.
struct ATTRNameFormat: Rule {
    static let description = RuleDescription(
        id: "ATTR-NAMEFORMAT",
        title: "Entity attributes use the uri NameFormat",
        severity: .warning,
        profiles: [.saml2int],
        citation: "UKF check_saml2int.xsl; S2I SDP-IDP18",
        rationale: "Consumers find an entity attribute (an entity category, assurance certification, subject-id:req) by Name and NameFormat together; the defined ones are uri-named, so one without NameFormat (unspecified) or with another format is not the attribute filters and IdPs look for.",
        hint: "Add NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\" to the saml:Attribute.",
        examples: [
            .triggers(MDRPI.sp("""
            <mdattr:EntityAttributes \(MDAttr.namespaces)>
              ↓<saml:Attribute Name="http://macedir.org/entity-category">
                <saml:AttributeValue>http://refeds.org/category/research-and-scholarship</saml:AttributeValue>
              </saml:Attribute>
            </mdattr:EntityAttributes>
            """), profiles: [.saml2int]),
            .passes(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"])), profiles: [.saml2int]),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups { report(group.extensions, context: &context) }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        report(entity.extensions, context: &context)
    }

    private func report(_ extensions: Extensions?, context: inout RuleContext) {
        for attribute in (extensions?.entityAttributeGroups ?? []).joined() {
            let name = attribute.attribute("Name")?.trimmingWhitespace() ?? "(no Name)"
            switch attribute.attribute("NameFormat")?.trimmingWhitespace() {
            case SPReqAttrNameFormat.uri?: continue
            case nil: context.report("The entity attribute \(name) has no NameFormat; consumers look it up with the uri NameFormat.", at: attribute.position)
            case let format?: context.report("The entity attribute \(name) has NameFormat \(format) instead of uri.", at: attribute.position)
            }
        }
    }
}
