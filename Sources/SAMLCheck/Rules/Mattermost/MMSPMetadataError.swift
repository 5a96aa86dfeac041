/// MM-SP-METADATA-ERROR: Mattermost cannot produce its SP metadata.
struct MMSPMetadataError: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-SP-METADATA-ERROR",
        title: "Mattermost serves its SP metadata",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.2, §3.2, §7 D2",
        rationale: "GET /api/v4/saml/metadata needs no login and answers with the SP metadata the IdP must register. An AppError there means the SAML set-up is broken on the server side (missing or unreadable SP keys or certificates, licence), and logins fail the same way.",
        hint: "Read the server log for the ent.saml.* error behind it (or set ServiceSettings.EnableDeveloper to see detailed_error), and re-upload the SP certificate and private key in System Console › SAML 2.0.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.spMetadata = MattermostScenarios.appError(status: 500, id: MattermostError.metadataFailed.id, message: MattermostError.metadataFailed.message)
            }, "/api/v4/saml/metadata answers 500 api.admin.saml.metadata.app_error."),
            .passes(scenario: MattermostScenarios.deployment(), "200 with the SP metadata XML."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        switch deployment.spMetadata {
        case .appError(let status, let id, let message, let detail):
            guard id != MattermostError.notAvailable.id else { return }
            var text = "/api/v4/saml/metadata answered HTTP \(status) with \(id.isEmpty ? "an error" : id) (\"\(message)\")"
            if !detail.isEmpty { text += "; detail: \(detail)" }
            report.report(text + ": Mattermost cannot build its SP metadata, so SAML logins fail too.")
        case .http(let status, let snippet):
            report.report("/api/v4/saml/metadata answered HTTP \(status), not SP metadata\(snippet.isEmpty ? "" : ": " + snippet).")
        case .notMetadata(let what):
            report.report("/api/v4/saml/metadata answered \(what), not SP metadata: a proxy or another application answers in Mattermost's place.")
        case .unreachable(let reason):
            report.report("/api/v4/saml/metadata could not be fetched: \(reason).")
        case .xml, .hardened, .notProbed:
            return
        }
    }
}
