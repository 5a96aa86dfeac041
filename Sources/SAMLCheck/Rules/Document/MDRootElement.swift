/// MD-ROOT-ELEMENT: the document element must be md:EntityDescriptor or md:EntitiesDescriptor.
struct MDRootElement: Rule {
    static let description = RuleDescription(
        id: "MD-ROOT-ELEMENT",
        title: "Document element is EntityDescriptor or EntitiesDescriptor",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3",
        rationale: "The metadata specification says the root element MUST be md:EntityDescriptor or md:EntitiesDescriptor; consumers reject anything else, so no other metadata rule can apply.",
        hint: "Publish the SAML metadata itself: an <md:EntityDescriptor> (one entity) or <md:EntitiesDescriptor> (an aggregate) in the namespace urn:oasis:names:tc:SAML:2.0:metadata.",
        examples: [
            .triggers("""
            ↓<EntityDescriptor entityID="https://sp.example.org/shibboleth" validUntil="2026-06-15T00:00:00Z"/>
            """, note: "The right name in no namespace."),
            .triggers("""
            ↓<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r1" Version="2.0" IssueInstant="2026-06-01T00:00:00Z"/>
            """, note: "A SAML message, not metadata."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard case .other(let namespace, let localName) = document.root else { return }
        var message = "The document element is "
        message += namespace.map { "{\($0)}\(localName)" } ?? "\(localName) (in no namespace)"
        message += ", not md:EntityDescriptor or md:EntitiesDescriptor."
        var hint: String? = nil
        if localName == "EntityDescriptor" || localName == "EntitiesDescriptor" {
            hint = "Put \(localName) in the metadata namespace: xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" or an md: prefix bound to it."
        } else if namespace == XMLNamespace.protocolNS || namespace == XMLNamespace.assertion {
            message += " This is a SAML message, not metadata."
        } else if namespace == "http://www.w3.org/1999/xhtml" || localName.lowercased() == "html" {
            message += " This is an HTML page (often a login or error page served instead of the metadata)."
        }
        context.report(message, at: document.rootPosition, hint: hint)
    }
}
