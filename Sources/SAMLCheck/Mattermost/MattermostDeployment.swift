/// A Mattermost deployment as the diagnostics read it: the observation, interpreted once
/// (JSON parsed, metadata checked, the AuthnRequest decoded).
public struct MattermostDeployment: Sendable {
    /// A metadata document with its model and its check report.
    public struct CheckedDocument: Sendable {
        /// Where it came from.
        public let source: String
        /// Its model.
        public let document: MetadataDocument
        /// Its check report.
        public let report: DocumentReport

        /// The first entity of the document.
        public var entity: EntityDescriptor? { document.entities.first }
    }

    /// What `GET /api/v4/saml/metadata` answered.
    public enum SPMetadataAnswer: Sendable {
        case xml([UInt8], wrappedInJSON: Bool, contentType: String?)
        case appError(status: Int, id: String, message: String, detail: String)
        /// A bare 500 with an empty id: ExperimentalEnableHardenedMode hides the real error.
        case hardened(status: Int)
        case http(status: Int, snippet: String)
        /// A 200 whose body is not SP metadata (an HTML page, something that is not XML): what came back.
        case notMetadata(String)
        case unreachable(String)
        case notProbed
    }

    /// What `GET /login/sso/saml` answered.
    public enum LoginAnswer: Sendable {
        /// A redirect carrying an AuthnRequest.
        case request(RedirectMessage, Result<DecodedAuthnRequest, AuthnRequestProblem>)
        /// A redirect without SAMLRequest: to Mattermost's error page, normally.
        case errorRedirect(String)
        case http(status: Int, snippet: String)
        case unreachable(String)
        case notProbed
    }

    /// What was observed.
    public let observation: MattermostObservation
    /// The SiteURL (from the client config when it says, else as given), without trailing slash.
    public let siteURL: String
    /// The server version, when it says.
    public let version: (major: Int, minor: Int, patch: Int)?
    /// The version as the server wrote it.
    public let versionText: String?
    /// The anonymous client configuration.
    public let clientConfig: [String: ConfigValue]?
    /// The anonymous client license.
    public let license: [String: ConfigValue]?
    /// What the SP metadata endpoint answered.
    public let spMetadata: SPMetadataAnswer
    /// The SP metadata, checked.
    public let sp: CheckedDocument?
    /// The report of SP metadata that is XML but could not be read as metadata (not well-formed…).
    public let spRefused: DocumentReport?
    /// What the login endpoint answered.
    public let login: LoginAnswer
    /// The IdP metadata, checked.
    public let idp: CheckedDocument?
    /// The report of IdP metadata that is XML but could not be read as metadata (not well-formed…).
    public let idpRefused: DocumentReport?
    /// Why there is no IdP document, when one was asked for.
    public let idpProblem: String?
    /// `SamlSettings` and `ServiceSettings` of the admin config (token).
    public let samlSettings: ConfigValue?
    /// `ServiceSettings` of the admin config.
    public let serviceSettings: ConfigValue?
    /// Which certificate files Mattermost has (admin token).
    public let certificateStatus: [String: ConfigValue]?
    /// The metadatafromidp answer: what Mattermost would store.
    public let wouldInstall: [String: ConfigValue]?
    /// The IdP certificate file Mattermost is configured with (`--idp-cert`).
    public let idpCertificateFile: IdPCertificateFile?

    /// The IdP certificate Mattermost is configured with (`--idp-cert`).
    public var idpCertificate: CertificateInfo? { idpCertificateFile?.certificate }

    /// The SP metadata's first AssertionConsumerService.
    public var spACS: Endpoint? { sp?.entity?.serviceProviders.first?.endpoints(.assertionConsumerService).first }

    /// The IdP's IDPSSODescriptor.
    public var idpRole: RoleDescriptor? { idp?.entity?.identityProviders.first }

    /// The IdP's HTTP-Redirect SingleSignOnService, where Mattermost's requests must go.
    public var idpRedirectSSO: Endpoint? {
        idpRole?.endpoints(.singleSignOnService).first { $0.knownBinding == .httpRedirect }
    }

    /// A boolean admin setting.
    public func samlSetting(_ name: String) -> Bool? { samlSettings?[name]?.boolValue }

    /// A string admin setting (Mattermost renamed some: IdpURL was IdpUrl).
    public func samlString(_ names: String...) -> String? {
        for name in names { if let value = samlSettings?[name]?.stringValue { return value } }
        return nil
    }

    /// Whether the server is at least this version (false when unknown).
    public func isAtLeast(_ major: Int, _ minor: Int) -> Bool {
        guard let version else { return false }
        return (version.major, version.minor) >= (major, minor)
    }
}
