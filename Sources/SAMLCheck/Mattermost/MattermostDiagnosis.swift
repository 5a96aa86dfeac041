/// Judges a Mattermost observation: checks the SP metadata Mattermost serves and the IdP
/// metadata it trusts (with the Mattermost profile), runs the deployment diagnostics, and
/// returns one report: the deployment, then the SP metadata, then the IdP metadata.
public enum MattermostDiagnosis {
    /// Rule ID prefixes that only make sense for one side.
    static let idpOnly = "MM-IDP-"
    static let spOnly = "MM-SP-"

    /// The report of `observation`: the deployment's diagnostics, then the SP and IdP metadata checked.
    public static func run(_ observation: MattermostObservation, response: (bytes: [UInt8], source: String)? = nil, options: CheckOptions) -> Report {
        var settings = options.rules
        settings.profiles.insert(.mattermost)
        let deployment = interpret(observation, options: options, settings: settings)

        var placed: [(place: MattermostPlace, finding: Finding)] = []
        for type in RuleRegistry.all where settings.isEnabled(type.description) {
            guard let diagnostic = type as? any MattermostDiagnostic.Type else { continue }
            var reporter = MattermostReporter(settings: settings, deployment: deployment, rule: type.description)
            diagnostic.diagnose(deployment, report: &reporter)
            placed += reporter.findings
        }

        var deploymentFindings: [Finding] = []
        var spExtra: [Finding] = []
        var idpExtra: [Finding] = []
        for (place, finding) in placed {
            switch place {
            case .deployment: deploymentFindings.append(finding)
            case .spMetadata: if deployment.sp != nil { spExtra.append(finding) } else { deploymentFindings.append(finding) }
            case .idpMetadata: if deployment.idp != nil { idpExtra.append(finding) } else { deploymentFindings.append(finding) }
            }
        }
        var site = DocumentReport(source: deployment.siteURL, root: "Mattermost", entityCount: 0,
                                  signature: SignatureSummary(status: .notChecked, reason: "A deployment, not a signed document."),
                                  findings: deploymentFindings)
        site.describesDeployment = true
        var documents = [site]
        if let refused = deployment.spRefused { documents.append(refused) }
        if let refused = deployment.idpRefused { documents.append(refused) }
        if let sp = deployment.sp {
            var report = sp.report
            report.findings = SupersededFindings.drop(from: report.findings + spExtra).sorted(by: Finding.reportOrder)
            documents.append(report)
        }
        if let idp = deployment.idp {
            var report = idp.report
            report.findings = SupersededFindings.drop(from: report.findings + idpExtra).sorted(by: Finding.reportOrder)
            documents.append(report)
        }
        if let response {
            documents += responseReports(response, observation: observation, deployment: deployment, options: options, settings: settings)
        }
        return Report(documents: documents, mattermost: MattermostSummary(checks: MattermostChecks.list(deployment)))
    }

    /// The attribute settings Mattermost maps assertion attributes with.
    static let attributeSettings = ["EmailAttribute", "UsernameAttribute", "IdAttribute", "FirstNameAttribute", "LastNameAttribute", "NicknameAttribute",
                                    "PositionAttribute", "LocaleAttribute", "GuestAttribute", "AdminAttribute"]

    /// `--response`: the message diagnosis run as this deployment receives responses (its SP
    /// metadata and ACS, the IdP metadata and certificate it uses, no clock skew as in gosaml2,
    /// its attribute settings with a token), each message with the error Mattermost will show.
    static func responseReports(_ response: (bytes: [UInt8], source: String), observation: MattermostObservation, deployment: MattermostDeployment,
                                options: CheckOptions, settings: RuleSettings) -> [DocumentReport] {
        var setup = MessageDiagnosis.Setup()
        setup.acsURL = deployment.spACS?.location
        setup.clockSkew = 0
        if let certificate = observation.idpCertificate, let anchors = try? TrustAnchor.load(certificate, name: "Mattermost's IdP certificate (--idp-cert)") {
            setup.trust = anchors
        }
        if deployment.samlSettings != nil {
            setup.mattermostAttributes = Dictionary(uniqueKeysWithValues: attributeSettings.compactMap { name in
                deployment.samlString(name).flatMap { $0.isEmpty ? nil : (name, $0) }
            })
        }
        var responseOptions = options
        responseOptions.rules = settings
        let report: Report
        do {
            report = try MessageDiagnosis.run(bytes: response.bytes, source: response.source,
                                              idpMetadata: deployment.idp != nil ? observation.idpMetadata?.body : nil,
                                              spMetadata: deployment.sp != nil ? observation.spMetadata?.body : nil,
                                              setup: setup, options: responseOptions)
        } catch {
            return [DocumentReport.unreadable(source: response.source, reason: (error as? CheckFailure)?.reason ?? "\(error)")]
        }
        let publishesEncryptionKey = deployment.sp?.entity?.serviceProviders.first?.keyDescriptors.contains { $0.knownUse == .encryption } ?? false
        let encrypts = deployment.samlSetting("Encrypt") ?? publishesEncryptionKey
        return report.documents.map { document in
            var document = document
            let prediction = MattermostResponsePrediction.predict(document, encrypts: encrypts)
            document.message?.mattermostError = prediction
            return document
        }
    }

    static func interpret(_ observation: MattermostObservation, options: CheckOptions, settings: RuleSettings) -> MattermostDeployment {
        let clientConfig = observation.clientConfig?.jsonObject
        var site = clientConfig?["SiteURL"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 } ?? observation.siteURL
        while site.hasSuffix("/") { site.removeLast() }
        let versionText = observation.clientConfig?.header("X-Version-Id") ?? clientConfig?["Version"]?.stringValue
        let version = versionText.flatMap(parseVersion)

        // The SP metadata, checked with the Mattermost profile (IdP-side MM rules off, and no
        // warning for the seven-day validUntil Mattermost always writes).
        var spSettings = settings
        spSettings.disabledRules.formUnion(RuleRegistry.all.map { $0.description.id }.filter { $0.hasPrefix(idpOnly) })
        spSettings.disabledRules.insert(MDValidUntilSoon.description.id)
        var spAnswer = classifySPMetadata(observation.spMetadata)
        var sp: MattermostDeployment.CheckedDocument?
        var spRefused: DocumentReport?
        if case .xml(let bytes, _, let contentType) = spAnswer {
            switch checked(bytes, source: site + "/api/v4/saml/metadata", options: options, settings: spSettings) {
            case .document(let document): sp = document
            case .refused(let report): spRefused = report
            case .notXML(let reason):
                spAnswer = .notMetadata("HTTP 200 \(contentType ?? "without Content-Type"): \(reason)")
            }
        }

        var idpSettings = settings
        idpSettings.disabledRules.formUnion(RuleRegistry.all.map { $0.description.id }.filter { $0.hasPrefix(spOnly) })
        var idp: MattermostDeployment.CheckedDocument?
        var idpRefused: DocumentReport?
        var idpProblem: String?
        if let exchange = observation.idpMetadata {
            let source = observation.idpMetadataSource ?? "IdP metadata"
            if let failure = exchange.failure {
                idpProblem = failure
            } else if !(200..<300).contains(exchange.status) {
                idpProblem = "HTTP \(exchange.status)\(exchange.snippet.isEmpty ? "" : ": " + exchange.snippet)"
            } else if HTTPResponse(requestedURL: source, finalURL: source, redirects: [], status: exchange.status, headers: exchange.headers,
                                   body: exchange.body, seconds: 0, tlsVerified: true, address: nil).isHTML {
                idpProblem = "an HTML page, not XML metadata"
            } else {
                switch checked(exchange.body, source: source, options: options, settings: idpSettings) {
                case .document(let document): idp = document
                case .refused(let report):
                    idpRefused = report
                    idpProblem = "it is not readable metadata (\(report.findings.first?.message ?? "refused"))"
                case .notXML(let reason): idpProblem = reason
                }
            }
        }

        let adminConfig = observation.adminConfig.flatMap { $0.answered && $0.status == 200 ? $0.jsonObject : nil }
        return MattermostDeployment(
            observation: observation, siteURL: site, version: version, versionText: versionText, clientConfig: clientConfig,
            license: observation.clientLicense?.jsonObject, spMetadata: spAnswer, sp: sp, spRefused: spRefused,
            login: classifyLogin(observation.loginProbe), idp: idp, idpRefused: idpRefused, idpProblem: idpProblem, samlSettings: adminConfig?["SamlSettings"], serviceSettings: adminConfig?["ServiceSettings"],
            certificateStatus: observation.certificateStatus.flatMap { $0.status == 200 ? $0.jsonObject : nil },
            wouldInstall: observation.metadataFromIdP.flatMap { $0.status == 200 ? $0.jsonObject : nil },
            idpCertificateFile: observation.idpCertificate.flatMap { try? IdPCertificateFile.read($0) })
    }

    /// What checking a fetched or given metadata document gave.
    enum Checked {
        case document(MattermostDeployment.CheckedDocument)
        /// XML that could not be read as metadata: its report says why (MD-XML-WELLFORMED…).
        case refused(DocumentReport)
        /// Not XML at all (an HTML page, a PEM file, empty): why.
        case notXML(String)
    }

    /// Checks a metadata document.
    static func checked(_ bytes: [UInt8], source: String, options: CheckOptions, settings: RuleSettings) -> Checked {
        var documentOptions = options
        documentOptions.rules = settings
        documentOptions.entityFilter = nil
        let checker = Checker(options: documentOptions)
        let report: DocumentReport
        do {
            report = try checker.check(bytes: bytes, source: source, facts: StageFacts())
        } catch let failure as CheckFailure {
            return .notXML(failure.reason)
        } catch {
            return .notXML("\(error)")
        }
        guard case .success(let document)? = try? checker.load(bytes: bytes) else { return .refused(report) }
        return .document(MattermostDeployment.CheckedDocument(source: source, document: document, report: report))
    }

    static func classifySPMetadata(_ exchange: HTTPExchange?) -> MattermostDeployment.SPMetadataAnswer {
        guard let exchange else { return .notProbed }
        if let failure = exchange.failure { return .unreachable(failure) }
        let contentType = exchange.header("Content-Type")
        if exchange.status == 200 {
            let response = HTTPResponse(requestedURL: "", finalURL: "", redirects: [], status: exchange.status, headers: exchange.headers,
                                        body: exchange.body, seconds: 0, tlsVerified: true, address: nil)
            if response.isHTML {
                let title = response.htmlTitle.map { " titled \"\($0)\"" } ?? ""
                return .notMetadata("HTTP 200 \(contentType ?? "without Content-Type") with an HTML page\(title)")
            }
            let trimmed = exchange.text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            // The API reference calls the body a JSON string; tolerate one that really is.
            if trimmed.hasPrefix("\""), let value = try? JSONDecoderShim.decode(exchange.body), case .string(let xml) = value {
                return .xml(Array(xml.utf8), wrappedInJSON: true, contentType: contentType)
            }
            return .xml(exchange.body, wrappedInJSON: false, contentType: contentType)
        }
        if let error = exchange.jsonObject {
            let id = error["id"]?.stringValue ?? ""
            let message = error["message"]?.stringValue ?? ""
            if id.isEmpty && exchange.status == 500 { return .hardened(status: exchange.status) }
            return .appError(status: exchange.status, id: id, message: message, detail: error["detailed_error"]?.stringValue ?? "")
        }
        return .http(status: exchange.status, snippet: exchange.snippet)
    }

    static func classifyLogin(_ exchange: HTTPExchange?) -> MattermostDeployment.LoginAnswer {
        guard let exchange else { return .notProbed }
        if let failure = exchange.failure { return .unreachable(failure) }
        guard (300..<400).contains(exchange.status), let location = exchange.header("Location") else {
            return .http(status: exchange.status, snippet: exchange.snippet)
        }
        let message = RedirectMessage(location: location)
        guard let encoded = message.parameter("SAMLRequest") else { return .errorRedirect(location) }
        return .request(message, AuthnRequestDecoder.decode(encoded))
    }

    /// "10.5.1.14523.abc…" (X-Version-Id) or "10.5.1" → (10, 5, 1).
    static func parseVersion(_ text: String) -> (major: Int, minor: Int, patch: Int)? {
        let parts = text.split(separator: ".").prefix(3).compactMap { Int($0) }
        guard parts.count >= 2 else { return nil }
        return (parts[0], parts[1], parts.count > 2 ? parts[2] : 0)
    }
}
