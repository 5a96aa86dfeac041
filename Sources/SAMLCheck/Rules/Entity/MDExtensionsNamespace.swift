/// MD-EXTENSIONS-NAMESPACE: extension elements are qualified by a non-SAML namespace.
struct MDExtensionsNamespace: Rule {
    static let description = RuleDescription(
        id: "MD-EXTENSIONS-NAMESPACE",
        title: "Extensions hold only foreign-namespace elements",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3.1, §2.3.2.1",
        rationale: "Extension elements MUST be namespace-qualified by a non-SAML-defined namespace. An unqualified or md:-qualified child is usually a misplaced standard element (such as md:KeyDescriptor inside Extensions), which consumers ignore.",
        hint: "Move standard SAML elements out of md:Extensions to their proper place, and give real extensions their own namespace.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:Extensions>
              ↓<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
            </md:Extensions>
            \(ExampleMetadata.postACS)
            """)),
            .passes(ExampleMetadata.sp("""
            <md:Extensions>
              <mdui:UIInfo xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui"><mdui:DisplayName xml:lang="en">Example</mdui:DisplayName></mdui:UIInfo>
            </md:Extensions>
            \(ExampleMetadata.postACS)
            """)),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups { inspect(group.extensions, context: &context, entity: nil) }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        inspect(entity.extensions, context: &context, entity: entity)
        for role in entity.roles {
            inspect(role.extensions, context: &context, entity: entity)
            inspect(role.organization?.extensions, context: &context, entity: entity)
            for contact in role.contacts { inspect(contact.extensions, context: &context, entity: entity) }
        }
        inspect(entity.organization?.extensions, context: &context, entity: entity)
        for contact in entity.contacts { inspect(contact.extensions, context: &context, entity: entity) }
    }

    private func inspect(_ extensions: Extensions?, context: inout RuleContext, entity: EntityDescriptor?) {
        guard let extensions else { return }
        for element in extensions.elements {
            if element.namespace == nil {
                context.report("Extensions contains <\(element.localName)> in no namespace.", at: element.position, entity: entity)
            } else if let namespace = element.namespace, XMLNamespace.samlDefined.contains(namespace) {
                context.report("Extensions contains \(element.displayName) from the SAML namespace \(namespace).",
                               at: element.position, entity: entity)
            }
        }
    }
}
