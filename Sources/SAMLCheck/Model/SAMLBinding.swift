/// Binding URIs defined by SAML 2.0 and its profiles.
public enum SAMLBinding: String, Sendable, Hashable, CaseIterable {
    case httpRedirect = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
    case httpPOST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
    case httpPOSTSimpleSign = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST-SimpleSign"
    case httpArtifact = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact"
    case soap = "urn:oasis:names:tc:SAML:2.0:bindings:SOAP"
    case paos = "urn:oasis:names:tc:SAML:2.0:bindings:PAOS"
    case uri = "urn:oasis:names:tc:SAML:2.0:bindings:URI"
    /// The Holder-of-Key Web Browser SSO profile, used as an SSO and ACS binding value.
    case holderOfKeySSO = "urn:oasis:names:tc:SAML:2.0:profiles:holder-of-key:SSO:browser"
    /// Reverse SOAP (PAOS) binding URI used by some ECP deployments.
    case reverseSOAP = "urn:oasis:names:tc:SAML:2.0:bindings:reverse-SOAP"
    case discoveryProtocol = "urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"
    case requestInitiation = "urn:oasis:names:tc:SAML:profiles:SSO:request-init"

    /// A short name for messages, such as `HTTP-POST`.
    public var shortName: String {
        switch self {
        case .httpRedirect: return "HTTP-Redirect"
        case .httpPOST: return "HTTP-POST"
        case .httpPOSTSimpleSign: return "HTTP-POST-SimpleSign"
        case .httpArtifact: return "HTTP-Artifact"
        case .soap: return "SOAP"
        case .paos: return "PAOS"
        case .uri: return "URI"
        case .holderOfKeySSO: return "Holder-of-Key SSO"
        case .reverseSOAP: return "reverse SOAP"
        case .discoveryProtocol: return "IdP discovery"
        case .requestInitiation: return "request initiation"
        }
    }

    /// Binding URIs of SAML 1.x, Shibboleth 1.x and WS-Federation, which metadata still carries for
    /// older protocols; rules treat them as non-SAML-2.0 rather than unknown.
    public static let legacyBindings: Set<String> = [
        "urn:oasis:names:tc:SAML:1.0:bindings:SOAP-binding",
        "urn:oasis:names:tc:SAML:1.0:profiles:browser-post",
        "urn:oasis:names:tc:SAML:1.0:profiles:artifact-01",
        "urn:oasis:names:tc:SAML:1.1:profiles:browser-post",
        "urn:oasis:names:tc:SAML:1.1:profiles:artifact-01",
        "urn:mace:shibboleth:1.0:profiles:AuthnRequest",
        "urn:mace:shibboleth:2.0:profiles:AuthnRequest",
        "http://schemas.xmlsoap.org/ws/2003/07/secext",
        "http://schemas.xmlsoap.org/ws/2006/12/federation",
    ]

    /// Short name of any binding URI: the known name, or the URI itself.
    public static func describe(_ uri: String?) -> String {
        guard let uri else { return "(no Binding)" }
        return SAMLBinding(rawValue: uri)?.shortName ?? uri
    }
}

/// Well-known protocol URIs for `protocolSupportEnumeration`.
public enum SAMLProtocol {
    /// SAML 2.0.
    public static let saml2 = "urn:oasis:names:tc:SAML:2.0:protocol"
    /// SAML 1.1.
    public static let saml11 = "urn:oasis:names:tc:SAML:1.1:protocol"
    /// SAML 1.0.
    public static let saml10 = "urn:oasis:names:tc:SAML:1.0:protocol"
    /// Shibboleth 1.x.
    public static let shibboleth1 = "urn:mace:shibboleth:1.0"
}
