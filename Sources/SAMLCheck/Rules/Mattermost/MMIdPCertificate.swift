/// MM-IDP-CERTIFICATE: the IdP certificate Mattermost uses is the IdP's current signing certificate.
struct MMIdPCertificate: Rule, MattermostDiagnostic {
    static let description = RuleDescription(
        id: "MM-IDP-CERTIFICATE",
        title: "Mattermost's IdP certificate is the IdP's signing certificate",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §1.3, §4 F2, F12, §7 D8",
        rationale: "Mattermost verifies every response with one IdP certificate. If it is not among the IdP's current signing certificates (rolled over, the ADFS encryption certificate picked by 'Get metadata', expired), every login fails with an invalid signature.",
        hint: "Download the IdP's current signing certificate (use=\"signing\") and upload it as Identity Provider Public Certificate.",
        reportedBy: .mattermost,
        examples: [
            .triggers(scenario: MattermostScenarios.deployment {
                $0.idpMetadata = HTTPExchange(status: 200, contentType: "application/xml", body: MattermostScenarios.idpMetadata(encryptionFirst: true))
                $0.metadataFromIdP = MattermostScenarios.metadataFromIdP(certificate: CertificateExamples.goodSecond)
            }, "'Get SAML Metadata from IdP' would install the IdP's encryption certificate (ADFS lists it first)."),
            .passes(scenario: MattermostScenarios.deployment(), "It would install the IdP's signing certificate."),
        ])

    static func diagnose(_ deployment: MattermostDeployment, report: inout MattermostReporter) {
        for note in deployment.idpCertificateFile?.notes ?? [] {
            report.report(note, severity: .warning, hint: "Upload one certificate, as PEM, in System Console > Authentication > SAML 2.0 > Identity Provider Public Certificate (SamlSettings.IdpCertificateFile).")
        }
        guard let role = deployment.idpRole else { return }
        var candidates: [(String, CertificateInfo)] = []
        if let configured = deployment.idpCertificate { candidates.append(("The configured IdP certificate (--idp-cert)", configured)) }
        if let pem = deployment.wouldInstall?["idp_public_certificate"]?.stringValue, case .success(let decoded) = CertificateDecoder.decode(base64: pem) {
            candidates.append(("The certificate 'Get SAML Metadata from IdP' would install", decoded.info))
        }
        let published = role.keyDescriptors.flatMap { key in (key.keyInfo?.certificates ?? []).map { (key, $0) } }
        let infos: [(key: KeyDescriptor, info: CertificateInfo)] = published.compactMap { key, certificate in
            guard case .success(let decoded) = CertificateDecoder.decode(base64: certificate.base64) else { return nil }
            return (key, decoded.info)
        }
        for (label, candidate) in candidates {
            let matches = infos.filter { $0.info.fingerprint == candidate.fingerprint }
            if matches.isEmpty {
                report.report("\(label) (\(candidate.subject), \(candidate.fingerprint.short)) is none of the IdP's published certificates: signatures will not verify.",
                              predicts: .invalidSignature)
            } else if !matches.contains(where: { $0.key.isUsableForSigning }) {
                report.report("\(label) is the IdP's encryption certificate (use=\"encryption\"), not its signing certificate.",
                              at: .idpMetadata(matches[0].key.position), predicts: .invalidSignature)
            } else if let notAfter = candidate.notAfter, notAfter < report.settings.now {
                report.report("\(label) expired on \(day(notAfter)).", predicts: .invalidSignature)
            }
        }
    }
}
