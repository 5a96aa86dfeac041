/// MD-XML-WELLFORMED: reported by the parser; nothing else can be evaluated.
struct MDXMLWellformed: Rule {
    static let description = RuleDescription(
        id: "MD-XML-WELLFORMED",
        title: "Document is well-formed XML",
        severity: .error,
        profiles: [.core],
        citation: "META §2 (schema)",
        rationale: "Metadata that does not parse as namespace-well-formed XML cannot be read by any consumer, so nothing else about it can be checked.",
        hint: "Fix the XML syntax at the reported line (unclosed or mismatched tags, unescaped '&' or '<', an undeclared namespace prefix, bytes that are not in the declared encoding).",
        reportedBy: .parser,
        examples: [
            .triggers("""
            <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example.org">
              <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            ↓</md:EntityDescriptor>
            """, note: "SPSSODescriptor is never closed."),
            .triggers("""
            ↓<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.example.org/?a=1&b=2"/>
            """, note: "A raw '&' must be written &amp;."),
            .passes(ExampleMetadata.sp()),
        ])
}
