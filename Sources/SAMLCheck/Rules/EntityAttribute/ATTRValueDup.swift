/// ATTR-VALUE-DUP: an entity attribute, or one of its values, is said once.
struct ATTRValueDup: Rule {
    static let description = RuleDescription(
        id: "ATTR-VALUE-DUP",
        title: "No duplicated entity attributes or values",
        severity: .info,
        profiles: [.edugain],
        citation: "EDUG-V warning 9",
        rationale: "A second saml:Attribute with the same Name and NameFormat, or a value given twice, changes nothing for consumers, but it is noise that hides real changes in diffs and tells of metadata assembled by hand; eduGAIN warns about it.",
        hint: "Merge the values into one saml:Attribute and drop the repeated values.",
        examples: [
            .triggers(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship",
                                                                "↓http://refeds.org/category/research-and-scholarship"])), profiles: [.edugain]),
            .triggers(MDRPI.sp("""
            <mdattr:EntityAttributes \(MDAttr.namespaces)>
              <saml:Attribute Name="http://macedir.org/entity-category" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
                <saml:AttributeValue>http://refeds.org/category/research-and-scholarship</saml:AttributeValue>
              </saml:Attribute>
              ↓<saml:Attribute Name="http://macedir.org/entity-category" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
                <saml:AttributeValue>https://refeds.org/category/code-of-conduct/v2</saml:AttributeValue>
              </saml:Attribute>
            </mdattr:EntityAttributes>
            """), profiles: [.edugain]),
            .passes(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship",
                                                              "https://refeds.org/category/code-of-conduct/v2"])), profiles: [.edugain]),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            report(group.extensions, context: &context)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        report(entity.extensions, context: &context)
    }

    private func report(_ extensions: Extensions?, context: inout RuleContext) {
        for attributes in extensions?.entityAttributeGroups ?? [] {
            var seenAttributes: Set<String> = []
            for attribute in attributes {
                let name = attribute.attribute("Name")?.trimmingWhitespace() ?? ""
                let key = name + "\u{0}" + (attribute.attribute("NameFormat")?.trimmingWhitespace() ?? "")
                if !seenAttributes.insert(key).inserted {
                    context.report("The entity attribute \(name) is declared a second time; merge its values into the first.", at: attribute.position)
                }
                var seenValues: Set<String> = []
                for value in attribute.children(XMLNamespace.assertion, "AttributeValue") where !seenValues.insert(value.trimmedText).inserted {
                    context.report("The entity attribute \(name) has the value \(value.trimmedText) twice.", at: value.position)
                }
            }
        }
    }
}
