/// MD-SCHEMA-INVALID: reported by the schema stage.
struct MDSchemaInvalid: Rule {
    static let description = RuleDescription(
        id: "MD-SCHEMA-INVALID",
        title: "Metadata is valid against the SAML schemas",
        severity: .error,
        profiles: [.core, .edugain],
        citation: "META §2 schema fragments; namespace list in brunato/edugain-xml-validator:edugain_validate.py",
        rationale: "The metadata schema is normative: schema-validating consumers (OpenSAML's SchemaValidationFilter, eduGAIN's validator) reject the whole document for one violation. samlcheck validates against the SAML metadata and assertion schemas, XML-Signature and XML-Encryption (1.0 and 1.1), mdui, mdrpi, mdattr, algsupport, idpdisc, request-init and shibmd, from Debian's schema packages, without network access.",
        hint: "Fix the element at the reported line as the message says (a missing required attribute, an element out of order, a value of the wrong type).",
        reportedBy: .schema,
        examples: [
            .triggers(ExampleMetadata.entity("""
            ↓<md:SPSSODescriptor>
              \(ExampleMetadata.postACS)
            </md:SPSSODescriptor>
            """), note: "protocolSupportEnumeration is required."),
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            ↓<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:KeyName>k</ds:KeyName></ds:KeyInfo></md:KeyDescriptor>
            """), note: "KeyDescriptor must come before the endpoints."),
            .passes(ExampleMetadata.sp()),
        ])
}
