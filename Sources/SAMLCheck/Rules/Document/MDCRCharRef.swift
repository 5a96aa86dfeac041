/// MD-CR-CHARREF: carriage-return character references break signatures downstream.
struct MDCRCharRef: Rule {
    static let description = RuleDescription(
        id: "MD-CR-CHARREF",
        title: "No carriage-return character references",
        severity: .warning,
        profiles: [.edugain, .ops],
        citation: "GEANT-OPS",
        rationale: "A &#13; (or &#xD;) reference survives aggregation, but canonicalization keeps it as a literal carriage return that many serializers then drop or change, so republished metadata no longer verifies; eduGAIN rejects feeds that contain them. They usually come from copying Windows line endings into a certificate or description.",
        hint: "Remove the &#13; references (often at the end of each line of a pasted certificate).",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1">
              ↓<md:ServiceName xml:lang="en">Example&#13;</md:ServiceName>
              <md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>
            </md:AttributeConsumingService>
            """)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for line in document.carriageReturnReferenceLines {
            context.report("Line \(line) contains a carriage-return character reference (&#13; or &#xD;).", at: SourcePosition(line: line))
        }
    }
}
