/// Which endpoints an SP and an IdP will use with each other, decided from what their metadata
/// declares (and, for a Mattermost SP, from what Mattermost does).
extension SSOPair {
    /// How the SP can send its AuthnRequest. Metadata does not say; SPs send HTTP-Redirect or
    /// HTTP-POST (saml2int requires Redirect), and Mattermost always sends HTTP-Redirect.
    public var spRequestBindings: [SAMLBinding] { spIsMattermost ? [.httpRedirect] : [.httpRedirect, .httpPOST] }

    /// The IdP's SingleSignOnService endpoints.
    public var idpSSOEndpoints: [Endpoint] { idp.role.endpoints(.singleSignOnService) }

    /// The SingleSignOnService the SP will send to: for Mattermost the first one, whatever its
    /// binding (that is what it imports); otherwise the first with a binding the SP can send.
    public var ssoEndpointUsed: Endpoint? {
        if spIsMattermost { return idpSSOEndpoints.first }
        return idpSSOEndpoints.first { $0.knownBinding.map(spRequestBindings.contains) ?? false }
    }

    /// How an IdP can deliver a Response to a browser. IdP metadata does not say; IdPs answer
    /// with HTTP-POST, many with POST-SimpleSign, and with HTTP-Artifact (which then needs an
    /// ArtifactResolutionService: EP-ARTIFACT-NO-ARS).
    public var idpResponseBindings: Set<SAMLBinding> { [.httpPOST, .httpPOSTSimpleSign, .httpArtifact] }

    /// The SP's AssertionConsumerService endpoints.
    public var spACSEndpoints: [Endpoint] { sp.role.endpoints(.assertionConsumerService) }

    /// The ACS the IdP will answer to: the one whose Location is the requested ACS URL when
    /// that is known, otherwise the effective default (META §2.2.3: the first with
    /// isDefault="true", else the first without isDefault="false", else the first).
    public var acsUsed: Endpoint? {
        if let url = request?.acsURL {
            return spACSEndpoints.first { $0.location == url }
        }
        return effectiveDefaultACS
    }

    /// The ACS unsolicited (IdP-initiated) responses go to.
    public var effectiveDefaultACS: Endpoint? {
        let services = spACSEndpoints
        return services.first { $0.isDefault?.value == true } ?? services.first { $0.isDefault?.value != false } ?? services.first
    }

    /// Whether the SP will sign its AuthnRequests (AuthnRequestsSigned="true").
    public var spSignsRequests: Bool { sp.role.authnRequestsSigned?.value == true }

    /// Whether the IdP asks for signed AuthnRequests (WantAuthnRequestsSigned="true").
    public var idpWantsSignedRequests: Bool { idp.role.wantAuthnRequestsSigned?.value == true }
}
