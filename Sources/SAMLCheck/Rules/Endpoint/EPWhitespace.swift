/// EP-WHITESPACE: no whitespace in endpoint URIs.
struct EPWhitespace: Rule {
    static let description = RuleDescription(
        id: "EP-WHITESPACE",
        title: "Endpoint URIs contain no whitespace",
        severity: .error,
        profiles: [.core],
        citation: "UKF check_misc.xsl; CORE §1.3.2",
        rationale: "A URI cannot contain whitespace. Products that compare the ACS URL in a request with metadata do so exactly, so a trailing space or newline makes the comparison fail.",
        hint: "Remove the whitespace (often a line break left inside the attribute by an editor).",
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location=" https://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>"#)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints {
            for (attribute, value) in [("Binding", endpoint.binding), ("Location", endpoint.location), ("ResponseLocation", endpoint.responseLocation)] {
                guard let value, value.containsXMLWhitespace else { continue }
                context.report("\(endpoint.label) \(attribute) '\(value)' contains whitespace.", at: endpoint.position)
            }
        }
    }
}
