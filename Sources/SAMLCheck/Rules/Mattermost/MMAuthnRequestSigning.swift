/// MM-AUTHNREQ-SIGNING: requests are signed when the IdP wants them signed, and not with SHA-1.
struct MMAuthnRequestSigning: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-AUTHNREQ-SIGNING",
        title: "AuthnRequest signing suits the IdP",
        severity: .warning,
        profiles: [.mattermost],
        citation: "mattermost.md §2.4, §4 F8, F13, §7 D4, D7; ERR E7",
        rationale: "An IdP with WantAuthnRequestsSigned=\"true\" (Keycloak's default 'Client signature required') rejects Mattermost's unsigned requests; Entra ID refuses RSA-SHA1 request signatures, Mattermost's default before v11.",
        hint: "Turn on Sign Request with RSAwithSHA256 in System Console › SAML 2.0 (it needs the SP key), or relax the IdP's requirement.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.idpMetadata = HTTPExchange(status: 200, contentType: "application/xml", body: MattermostScenarios.idpMetadata(wantAuthnRequestsSigned: true))
            }, "The IdP wants signed requests; the login redirect carries no SigAlg/Signature."),
            .triggers(scenario: MattermostScenarios.deployment {
                $0.loginProbe = MattermostScenarios.loginRedirect(sigAlg: "http://www.w3.org/2000/09/xmldsig#rsa-sha1")
            }, "Requests are signed with RSA-SHA1."),
            .passes(scenario: MattermostScenarios.deployment(), "The IdP does not ask for signed requests."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        let wants = deployment.idpRole?.wantAuthnRequestsSigned?.value == true
        if case .request(let message, .success) = deployment.login {
            let sigAlg = message.parameter("SigAlg")
            if wants && sigAlg == nil {
                report.report("The IdP requires signed AuthnRequests (WantAuthnRequestsSigned=\"true\") but Mattermost sends them unsigned; the IdP will refuse the login.",
                              severity: .error)
            }
            if let sigAlg, AlgorithmCatalogue.signingMethods[sigAlg]?.hash == "sha1" {
                report.report("Mattermost signs AuthnRequests with \(AlgorithmCatalogue.shortName(sigAlg)); IdPs such as Entra ID require SHA-256.")
            }
        } else if wants, deployment.samlSetting("SignRequest") == false {
            report.report("The IdP requires signed AuthnRequests but SamlSettings.SignRequest is false.", severity: .error)
        }
    }
}
