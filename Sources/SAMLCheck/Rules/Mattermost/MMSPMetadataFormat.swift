/// MM-SP-METADATA-FORMAT: the metadata came wrapped or mislabelled.
struct MMSPMetadataFormat: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-SP-METADATA-FORMAT",
        title: "SP metadata is served as XML",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §1.2 (OpenAPI says a JSON string), §7 D2",
        rationale: "Mattermost writes the metadata as application/xml; a JSON string body or another Content-Type comes from a proxy or a future version. IdPs that import from the URL may not accept it.",
        hint: "Give the IdP the XML (save it from the URL) rather than the URL if its import fails.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                let xml = MattermostScenarios.spMetadata().replacingAll("\"", with: "\\\"").replacingAll("\n", with: "\\n")
                $0.spMetadata = HTTPExchange(status: 200, contentType: "application/json", body: "\"\(xml)\"")
            }, "The metadata arrives as a JSON string."),
            .passes(scenario: MattermostScenarios.deployment(), "application/xml with the XML document."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard case .xml(_, let wrapped, let contentType) = deployment.spMetadata else { return }
        if wrapped {
            report.report("/api/v4/saml/metadata returned the metadata as a JSON string (Content-Type \(contentType ?? "none")); samlcheck unwrapped it.")
        } else if let contentType, !contentType.lowercased().contains("xml") {
            report.report("/api/v4/saml/metadata is served as \(contentType), not XML.")
        }
    }
}
