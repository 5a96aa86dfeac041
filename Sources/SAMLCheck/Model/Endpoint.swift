/// The kinds of endpoint elements metadata defines (and the extension endpoints rules look at).
public enum EndpointKind: String, Sendable, Hashable, CaseIterable {
    case singleSignOnService = "SingleSignOnService"
    case singleLogoutService = "SingleLogoutService"
    case artifactResolutionService = "ArtifactResolutionService"
    case manageNameIDService = "ManageNameIDService"
    case nameIDMappingService = "NameIDMappingService"
    case assertionIDRequestService = "AssertionIDRequestService"
    case assertionConsumerService = "AssertionConsumerService"
    case attributeService = "AttributeService"
    case authnQueryService = "AuthnQueryService"
    case authzService = "AuthzService"
    /// `idpdisc:DiscoveryResponse`, an indexed endpoint in an SP's Extensions.
    case discoveryResponse = "DiscoveryResponse"
    /// `init:RequestInitiator`, an endpoint in an SP's Extensions.
    case requestInitiator = "RequestInitiator"

    /// Whether the element is an IndexedEndpointType (index required, isDefault allowed).
    public var isIndexed: Bool {
        switch self {
        case .artifactResolutionService, .assertionConsumerService, .discoveryResponse: return true
        default: return false
        }
    }

    /// Endpoints that a user's browser is sent to (as opposed to SOAP back-channel ones).
    public var isFrontChannel: Bool {
        switch self {
        case .singleSignOnService, .singleLogoutService, .assertionConsumerService, .manageNameIDService,
             .discoveryResponse, .requestInitiator: return true
        default: return false
        }
    }
}

/// An endpoint element (`md:EndpointType` or `md:IndexedEndpointType`).
public final class Endpoint: Sendable, Hashable {
    /// Which endpoint element it is.
    public let kind: EndpointKind
    /// The `Binding` attribute, nil when absent.
    public let binding: String?
    /// The `Location` attribute, nil when absent.
    public let location: String?
    /// The `ResponseLocation` attribute, nil when absent.
    public let responseLocation: String?
    /// The `index` attribute of indexed endpoints, nil when absent.
    public let index: XSIndex?
    /// The `isDefault` attribute of indexed endpoints, nil when absent.
    public let isDefault: XSBoolean?
    /// Where the element starts in the source.
    public let position: SourcePosition
    /// `location` and `responseLocation` (whitespace trimmed) parsed once for the rules.
    public let locationURI: URIText?
    /// See `locationURI`.
    public let responseLocationURI: URIText?

    /// The binding, when it is one SAML 2.0 defines.
    public var knownBinding: SAMLBinding? { binding.flatMap(SAMLBinding.init(rawValue:)) }

    /// An endpoint as the model builder reads it.
    public init(kind: EndpointKind, binding: String?, location: String?, responseLocation: String?, index: XSIndex?, isDefault: XSBoolean?, position: SourcePosition, locationURI: URIText?, responseLocationURI: URIText?) {
        self.kind = kind
        self.binding = binding
        self.location = location
        self.responseLocation = responseLocation
        self.index = index
        self.isDefault = isDefault
        self.position = position
        self.locationURI = locationURI
        self.responseLocationURI = responseLocationURI
    }

    /// Identity: two values are equal only when they are the same element of the same model.
    public static func == (lhs: Endpoint, rhs: Endpoint) -> Bool { lhs === rhs }
    /// Hashes the identity, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
