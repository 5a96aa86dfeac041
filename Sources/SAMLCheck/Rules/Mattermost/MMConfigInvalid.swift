/// MM-CONFIG-INVALID: the SAML settings pass Mattermost's own validation.
struct MMConfigInvalid: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-CONFIG-INVALID",
        title: "SamlSettings pass Mattermost's validation",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §3.1 (SamlSettings.isValid)",
        rationale: "With SAML enabled Mattermost refuses to save a configuration that fails its checks (URLs, issuer, certificate and key files, email and username attributes, algorithms, guest/admin attribute form), so the running server may still use an older, different configuration.",
        hint: "Fix each field named in the message in System Console › SAML 2.0 and save.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.adminConfig = MattermostScenarios.adminConfig(["EmailAttribute": "\"\"", "SignatureAlgorithm": "\"RSAwithSHA384\""])
            }, "EmailAttribute is empty and SignatureAlgorithm is RSAwithSHA384."),
            .passes(scenario: MattermostScenarios.deployment(), "A complete, valid configuration."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard deployment.samlSettings != nil, deployment.samlSetting("Enable") == true else { return }
        func text(_ names: String...) -> String { names.lazy.compactMap { deployment.samlString($0) }.first ?? "" }
        func validURL(_ value: String) -> Bool {
            let uri = URIText(value)
            return (uri.isHTTP || uri.isHTTPS) && !(uri.host ?? "").isEmpty
        }
        var problems: [String] = []
        if !validURL(text("IdpURL", "IdpUrl")) { problems.append("model.config.is_valid.saml_idp_url.app_error (SAML SSO URL must be a valid http(s) URL)") }
        if text("IdpDescriptorURL", "IdpDescriptorUrl").isEmpty { problems.append("model.config.is_valid.saml_idp_descriptor_url.app_error (Identity Provider Issuer URL is empty)") }
        if text("IdpCertificateFile").isEmpty { problems.append("model.config.is_valid.saml_idp_cert.app_error (no IdP certificate)") }
        if text("EmailAttribute").isEmpty { problems.append("model.config.is_valid.saml_email_attribute.app_error (Email attribute not set)") }
        if text("UsernameAttribute").isEmpty { problems.append("model.config.is_valid.saml_username_attribute.app_error (Username attribute not set)") }
        if text("ServiceProviderIdentifier").isEmpty { problems.append("model.config.is_valid.saml_spidentifier_attribute.app_error (Service Provider Identifier is required)") }
        if deployment.samlSetting("Verify") == true && !validURL(text("AssertionConsumerServiceURL")) {
            problems.append("model.config.is_valid.saml_assertion_consumer_service_url.app_error (Service Provider Login URL must be a valid http(s) URL)")
        }
        if deployment.samlSetting("Encrypt") == true && text("PrivateKeyFile").isEmpty { problems.append("model.config.is_valid.saml_private_key.app_error (no SP private key)") }
        if deployment.samlSetting("Encrypt") == true && text("PublicCertificateFile").isEmpty { problems.append("model.config.is_valid.saml_public_cert.app_error (no SP certificate)") }
        let algorithm = text("SignatureAlgorithm")
        if !algorithm.isEmpty && !["RSAwithSHA1", "RSAwithSHA256", "RSAwithSHA512"].contains(algorithm) {
            problems.append("model.config.is_valid.saml_signature_algorithm.app_error (\(algorithm) is not RSAwithSHA1, RSAwithSHA256 or RSAwithSHA512)")
        }
        let canonical = text("CanonicalAlgorithm")
        if !canonical.isEmpty && !["Canonical1.0", "Canonical1.1"].contains(canonical) {
            problems.append("model.config.is_valid.saml_canonical_algorithm.app_error (\(canonical))")
        }
        for (field, id) in [("GuestAttribute", "saml_guest_attribute"), ("AdminAttribute", "saml_admin_attribute")] {
            let value = text(field)
            if !value.isEmpty && value.filter({ $0 == "=" }).count != 1 {
                problems.append("model.config.is_valid.\(id).app_error (\(field) must be field=value)")
            }
        }
        guard !problems.isEmpty else { return }
        report.report("The SAML configuration fails Mattermost's validation: " + problems.joined(separator: "; ") + ".")
    }
}
