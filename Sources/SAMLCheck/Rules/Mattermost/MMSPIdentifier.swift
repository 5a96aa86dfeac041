/// MM-SP-IDENTIFIER: ServiceProviderIdentifier is set and is the SP metadata's entityID.
struct MMSPIdentifier: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-SP-IDENTIFIER",
        title: "Service Provider Identifier is the SP entityID",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §3 (ServiceProviderIdentifier), §4 F3, F8, §7 D7",
        rationale: "ServiceProviderIdentifier is Mattermost's entityID and Audience: the IdP must know it (ADFS Relying Party identifier, Okta Audience URI, Keycloak Client ID). Old configurations copied it from IdpDescriptorURL, which makes Mattermost claim to be the IdP.",
        hint: "Set Service Provider Identifier to the value registered at the IdP, distinct from the IdP's entityID.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.adminConfig = MattermostScenarios.adminConfig(["ServiceProviderIdentifier": "\"\(MattermostScenarios.idpEntityID)\""])
            }, "ServiceProviderIdentifier equals the IdP's entityID (a migrated configuration)."),
            .passes(scenario: MattermostScenarios.deployment(), "ServiceProviderIdentifier equals the SP metadata's entityID."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        guard let identifier = deployment.samlString("ServiceProviderIdentifier") else { return }
        if identifier.isEmpty {
            report.report("Service Provider Identifier is empty: Mattermost then sends the IdP's issuer as its own.")
        } else if identifier == deployment.samlString("IdpDescriptorURL", "IdpDescriptorUrl") || identifier == deployment.idp?.entity?.entityID {
            report.report("Service Provider Identifier \(identifier) is the IdP's identifier: Mattermost claims to be the IdP.")
        } else if let spID = deployment.sp?.entity?.entityID, spID != identifier {
            report.report("Service Provider Identifier \(identifier) differs from the SP metadata's entityID \(spID).")
        }
    }
}
