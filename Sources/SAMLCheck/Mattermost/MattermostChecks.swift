/// Which of the Mattermost diagnostics D1–D8 ran on a deployment, and why the others did not:
/// a report with no findings says nothing about a check that could not run, so the report lists
/// them all.
enum MattermostChecks {
    static func list(_ deployment: MattermostDeployment) -> [DiagnosticCheck] {
        let observation = deployment.observation
        var checks: [DiagnosticCheck] = []
        // A check whose input the user gave (a token, --idp-metadata, --idp-cert) was asked for.
        let requested: [String: Bool] = [
            "D5": observation.idpMetadataGiven, "D6": observation.idpMetadataGiven && !observation.idpMetadataIsFile,
            "D7": observation.tokenGiven, "D8": observation.tokenGiven || observation.idpCertificate != nil,
        ]
        func add(_ id: String, _ title: String, _ status: DiagnosticCheck.Status, _ reason: String? = nil) {
            checks.append(DiagnosticCheck(id: id, title: title, status: status, reason: reason, requested: requested[id] ?? false))
        }

        let editionTitle = "Edition, licence and version"
        if deployment.clientConfig != nil {
            add("D1", editionTitle, .ran)
        } else {
            add("D1", editionTitle, .skipped, "the client configuration could not be read: \(answer(observation.clientConfig))")
        }

        switch deployment.spMetadata {
        case .unreachable(let failure):
            add("D2", "SP metadata endpoint", .skipped, "GET /api/v4/saml/metadata failed: \(failure)")
        case .notProbed:
            add("D2", "SP metadata endpoint", .skipped, "not probed")
        default:
            add("D2", "SP metadata endpoint", .ran)
        }
        if deployment.sp != nil {
            add("D3", "SP metadata with the Mattermost profile", .ran)
        } else {
            add("D3", "SP metadata with the Mattermost profile", .skipped, "the site served no readable SP metadata (see D2)")
        }

        switch deployment.login {
        case .request:
            add("D4", "Login redirect and its AuthnRequest", .ran)
        case .errorRedirect(let location):
            add("D4", "Login redirect and its AuthnRequest", .skipped, "/login/sso/saml redirects to \(location) without an AuthnRequest")
        case .http(let status, _):
            add("D4", "Login redirect and its AuthnRequest", .skipped, "/login/sso/saml answered HTTP \(status), not a redirect")
        case .unreachable(let failure):
            add("D4", "Login redirect and its AuthnRequest", .skipped, "/login/sso/saml failed: \(failure)")
        case .notProbed:
            add("D4", "Login redirect and its AuthnRequest", .skipped, "not probed")
        }

        let idpTitle = "IdP metadata as Mattermost imports it"
        let urlTitle = "IdP metadata URL, fetched from here"
        if let source = observation.idpMetadataSource {
            if deployment.idp != nil {
                add("D5", idpTitle, .ran)
            } else {
                add("D5", idpTitle, .skipped, "the IdP metadata from \(source) could not be read: \(deployment.idpProblem ?? "unknown")")
            }
            if observation.idpMetadataIsFile {
                add("D6", urlTitle, .notApplicable, "the IdP metadata was given as a file")
            } else if case .url = MetadataInput(argument: source) {
                add("D6", urlTitle, .ran)
            } else {
                add("D6", urlTitle, .ran, "the configured IdpMetadataURL has no scheme; fetched with https:// as Mattermost does")
            }
        } else {
            let how = observation.tokenGiven
                ? "the configuration names no IdpMetadataURL; give the IdP metadata with --idp-metadata URL|FILE"
                : "no IdP metadata given: add --idp-metadata URL|FILE (or an admin token, to read the configured IdpMetadataURL)"
            add("D5", idpTitle, .skipped, how)
            add("D6", urlTitle, .skipped, how)
        }

        let configTitle = "Configuration (admin token)"
        let certificateTitle = "Certificates (admin token, --idp-cert)"
        let plainHTTP = observation.tokenOverPlainHTTP ? "the token went over plain http (--insecure)" : nil
        if !observation.tokenGiven {
            let how = "no admin token given (--token-file FILE or SAMLCHECK_MATTERMOST_TOKEN)"
            add("D7", configTitle, .skipped, how)
            if deployment.idpCertificate != nil, deployment.idp != nil {
                add("D8", certificateTitle, .ran, "--idp-cert compared; the certificate files were not checked: \(how)")
            } else if deployment.idpCertificate != nil {
                add("D8", certificateTitle, .skipped, "--idp-cert was given but there is no IdP metadata to compare it with: add --idp-metadata URL|FILE")
            } else {
                add("D8", certificateTitle, .skipped, how)
            }
        } else {
            if deployment.samlSettings != nil {
                add("D7", configTitle, .ran, plainHTTP)
            } else {
                add("D7", configTitle, .skipped, tokenAnswer(observation.adminConfig, path: "/api/v4/config"))
            }
            if deployment.certificateStatus != nil {
                add("D8", certificateTitle, .ran, plainHTTP)
            } else {
                let why = tokenAnswer(observation.certificateStatus, path: "/api/v4/saml/certificate/status")
                add("D8", certificateTitle, deployment.idpCertificate != nil ? .ran : .skipped,
                    deployment.idpCertificate != nil ? "--idp-cert compared; the certificate files were not checked: \(why)" : why)
            }
        }
        return checks
    }

    /// Why an anonymous endpoint gave nothing usable.
    private static func answer(_ exchange: HTTPExchange?) -> String {
        guard let exchange else { return "not probed" }
        if let failure = exchange.failure { return failure }
        return "HTTP \(exchange.status)\(exchange.snippet.isEmpty ? "" : ": " + exchange.snippet)"
    }

    /// Why a token-bearing endpoint gave nothing usable.
    private static func tokenAnswer(_ exchange: HTTPExchange?, path: String) -> String {
        guard let exchange else { return "\(path) was not asked" }
        if let failure = exchange.failure { return failure }
        switch exchange.status {
        case 401, 403: return "token refused (HTTP \(exchange.status) on \(path)); the checks that need it were skipped"
        case 404: return "\(path) is missing (HTTP 404): this server does not offer it"
        case 200: return "\(path) did not answer with a JSON object"
        default: return "\(path) answered HTTP \(exchange.status)"
        }
    }
}
