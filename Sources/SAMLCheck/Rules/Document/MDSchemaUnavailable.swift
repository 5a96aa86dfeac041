/// MD-SCHEMA-UNAVAILABLE: named by the schema issue; reported once when validation cannot run.
struct MDSchemaUnavailable: Rule {
    static let description = RuleDescription(
        id: "MD-SCHEMA-UNAVAILABLE",
        title: "Schema validation ran",
        severity: .warning,
        profiles: [.core],
        citation: "META §2 schema fragments",
        rationale: "samlcheck validates against the XSD files of Debian's opensaml-schemas, xmltooling-schemas and shibboleth-sp-common packages and ships none itself. When they are missing the other checks still run, but schema violations go unreported; with --require-schema the run stops instead (exit 2).",
        hint: "apt-get install opensaml-schemas xmltooling-schemas shibboleth-sp-common, or point --schemas at a directory holding the files.",
        reportedBy: .schema,
        examples: [
            .triggers(ExampleMetadata.sp(), schemaDirectory: "/nonexistent-schema-directory",
                      note: "Checked with --schemas pointing at an empty directory."),
            .passes(ExampleMetadata.sp()),
        ])
}
