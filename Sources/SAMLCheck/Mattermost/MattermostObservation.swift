/// Everything samlcheck learned from a Mattermost deployment and its IdP, before judging it:
/// the answers of the endpoints probed (or why they did not answer) and the documents given.
/// Diagnostics read only this, so they can be run on recorded observations as well as live ones.
public struct MattermostObservation: Sendable {
    /// The Mattermost base URL as given (normally its SiteURL).
    public var siteURL: String
    /// `GET /api/v4/config/client?format=old`.
    public var clientConfig: HTTPExchange?
    /// `GET /api/v4/license/client?format=old`.
    public var clientLicense: HTTPExchange?
    /// `GET /api/v4/saml/metadata`.
    public var spMetadata: HTTPExchange?
    /// `GET /login/sso/saml`, redirects not followed.
    public var loginProbe: HTTPExchange?
    /// Where the IdP metadata came from: `--idp-metadata`, or the configured IdpMetadataURL.
    public var idpMetadataSource: String?
    /// The IdP metadata answer (files appear as a 200 answer).
    public var idpMetadata: HTTPExchange?
    /// True when the IdP metadata came from a file rather than a URL.
    public var idpMetadataIsFile = false
    /// True when the user gave the IdP metadata (`--idp-metadata`) rather than samlcheck reading
    /// the configured IdpMetadataURL.
    public var idpMetadataGiven = false
    /// The addresses the IdP metadata host resolves to (for URLs).
    public var idpMetadataAddresses: [String]?
    /// Whether an admin token was given.
    public var tokenGiven: Bool
    /// Whether the token went over plain http to a host that is not loopback (`--insecure`).
    public var tokenOverPlainHTTP = false
    /// `GET /api/v4/config` (admin token).
    public var adminConfig: HTTPExchange?
    /// `GET /api/v4/saml/certificate/status` (admin token).
    public var certificateStatus: HTTPExchange?
    /// `POST /api/v4/saml/metadatafromidp` with the configured IdpMetadataURL (admin token):
    /// what Mattermost would store from the IdP metadata.
    public var metadataFromIdP: HTTPExchange?
    /// The IdP certificate Mattermost uses (`--idp-cert`, the saml-idp.crt file), PEM or DER.
    public var idpCertificate: [UInt8]?

    /// An observation of `siteURL` with whatever was requested of it.
    public init(siteURL: String, clientConfig: HTTPExchange? = nil, clientLicense: HTTPExchange? = nil, spMetadata: HTTPExchange? = nil,
                loginProbe: HTTPExchange? = nil, idpMetadataSource: String? = nil, idpMetadata: HTTPExchange? = nil,
                idpMetadataAddresses: [String]? = nil, tokenGiven: Bool = false, adminConfig: HTTPExchange? = nil,
                certificateStatus: HTTPExchange? = nil, metadataFromIdP: HTTPExchange? = nil, idpCertificate: [UInt8]? = nil) {
        self.siteURL = siteURL
        self.clientConfig = clientConfig
        self.clientLicense = clientLicense
        self.spMetadata = spMetadata
        self.loginProbe = loginProbe
        self.idpMetadataSource = idpMetadataSource
        self.idpMetadata = idpMetadata
        self.idpMetadataAddresses = idpMetadataAddresses
        self.tokenGiven = tokenGiven
        self.adminConfig = adminConfig
        self.certificateStatus = certificateStatus
        self.metadataFromIdP = metadataFromIdP
        self.idpCertificate = idpCertificate
    }
}

extension MattermostObservation {
    /// Why there is nothing to diagnose — the site did not answer at all, or what answered is
    /// not Mattermost — as one line; nil when the site is a Mattermost server. Advice about a
    /// deployment that is not there would be invented.
    public var cannotDiagnose: String? {
        let anonymous = [clientConfig, clientLicense, spMetadata, loginProbe].compactMap { $0 }
        guard !anonymous.isEmpty else { return nil }
        let answered = anonymous.filter(\.answered)
        if answered.isEmpty {
            return "cannot connect to \(siteURL): \(anonymous.first?.failure ?? "no answer")"
        }
        let versioned = answered.contains { $0.header("X-Version-Id") != nil }
        var mattermostConfig = false
        if let config = clientConfig, config.status == 200, let object = config.jsonObject {
            mattermostConfig = ["BuildNumber", "Version", "EnableSaml", "SiteURL"].contains { object[$0] != nil }
        }
        let appError = answered.contains { exchange -> Bool in
            guard let object = exchange.jsonObject else { return false }
            return object["id"] != nil && object["status_code"] != nil
        }
        guard versioned || mattermostConfig || appError else {
            let config = clientConfig.map { $0.failure ?? "HTTP \($0.status)" } ?? "no answer"
            return "\(siteURL) is not a Mattermost server: no answer carries X-Version-Id, and /api/v4/config/client answered \(config)"
        }
        return nil
    }
}
