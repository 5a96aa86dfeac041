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
