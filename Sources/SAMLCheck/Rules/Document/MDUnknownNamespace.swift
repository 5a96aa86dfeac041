/// MD-UNKNOWN-NAMESPACE: elements from namespaces no schema covers, listed once each.
struct MDUnknownNamespace: Rule {
    static let description = RuleDescription(
        id: "MD-UNKNOWN-NAMESPACE",
        title: "Every element namespace is known",
        severity: .info,
        profiles: [.ops],
        citation: "UKF check_namespaces.xsl",
        rationale: "Elements in namespaces samlcheck has no schema for are legal where the metadata schema allows extensions, but they are only checked laxly (nothing is known about their content), and a misspelt namespace looks exactly like this. ADFS and Entra WS-Federation roles are reported here too: their SAML part is validated, their WS-Federation content is not.",
        hint: "Nothing to do for a known extension; otherwise check the namespace URI for typos.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:Extensions>
              ↓<ukfedlabel:UKFederationMember xmlns:ukfedlabel="http://ukfederation.org.uk/2006/11/label"/>
            </md:Extensions>
            \(ExampleMetadata.postACS)
            """)),
            .passes(ExampleMetadata.sp()),
        ])

    /// Namespaces the schema set validates, plus the XML Schema instance namespace.
    static let known: Set<String> = EntrySchema.validatedNamespaces.union([XMLNamespace.xsi, XMLNamespace.protocolNS])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let lookup = EntityLookup(document)
        for use in document.elementNamespaces where !Self.known.contains(use.namespace) {
            let element = use.prefix.map { "\($0):\(use.firstElement)" } ?? use.firstElement
            var message = "Elements in the namespace \(use.namespace) (first: \(element)) are not validated: samlcheck has no schema for it."
            if use.namespace == XMLNamespace.wsFederation {
                message = "WS-Federation content (\(element)) is not validated: samlcheck has no schema for \(use.namespace); the SAML part of those roles is."
            }
            context.report(message, at: use.position, entity: lookup.entity(containing: use.position))
        }
    }

}
