/// MM-CERT-FILES: the certificate and key files SAML needs are uploaded.
struct MMCertificateFiles: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-CERT-FILES",
        title: "IdP certificate and SP key files are present",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.1 (certificate/status), §3.2, §4 F10, §7 D8",
        rationale: "Mattermost verifies responses with the uploaded IdP certificate and decrypts (and signs) with the SP private key and certificate. The status endpoint reports only whether the files exist: a missing one fails every login; on HA clusters it is often missing on one node.",
        hint: "Upload the missing file in System Console › SAML 2.0 (on every node, or keep config and files in the database).",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.certificateStatus = MattermostScenarios.json(#"{"idp_certificate_file":true,"private_key_file":false,"public_certificate_file":true}"#)
            }, "Encrypt=true but the SP private key file is missing."),
            .passes(scenario: MattermostScenarios.deployment(), "All three files are present."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard let status = deployment.certificateStatus else { return }
        if status["idp_certificate_file"]?.boolValue == false {
            report.report("No IdP certificate file is uploaded: responses cannot be verified.", predicts: .idpCertificateMissing)
        }
        let needsKeys = deployment.samlSetting("Encrypt") == true || deployment.samlSetting("SignRequest") == true
        guard needsKeys else { return }
        var missing: [String] = []
        if status["private_key_file"]?.boolValue == false { missing.append("SP private key") }
        if status["public_certificate_file"]?.boolValue == false { missing.append("SP certificate") }
        if !missing.isEmpty {
            report.report("Encryption or request signing is on but the \(missing.joined(separator: " and ")) file is missing.", predicts: .loadPrivateKey)
        }
    }
}
