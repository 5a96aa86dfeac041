/// The kind of a role descriptor.
public enum RoleKind: Sendable, Hashable {
    case identityProvider
    case serviceProvider
    case attributeAuthority
    case authnAuthority
    case policyDecisionPoint
    /// `md:RoleDescriptor` with an `xsi:type` the model does not type, such as ADFS's
    /// `fed:SecurityTokenServiceType`; the value is the xsi:type as written.
    case other(xsiType: String?)

    /// The element name as it appears in metadata.
    public var elementName: String {
        switch self {
        case .identityProvider: return "IDPSSODescriptor"
        case .serviceProvider: return "SPSSODescriptor"
        case .attributeAuthority: return "AttributeAuthorityDescriptor"
        case .authnAuthority: return "AuthnAuthorityDescriptor"
        case .policyDecisionPoint: return "PDPDescriptor"
        case .other: return "RoleDescriptor"
        }
    }
}

/// A role descriptor of an entity: IdP, SP, attribute authority, authentication authority, PDP,
/// or an extension role. Role-specific attributes are nil on roles that do not have them.
public final class RoleDescriptor: Sendable, Hashable {
    public let kind: RoleKind
    public let id: String?
    public let validUntil: XSDateTime?
    public let cacheDuration: XSDuration?
    /// The protocolSupportEnumeration URIs; nil when the attribute is absent.
    public let protocolSupportEnumeration: [String]?
    public let errorURL: String?
    public let extensions: Extensions?
    public let signature: SignatureElement?
    public let keyDescriptors: [KeyDescriptor]
    public let organization: Organization?
    public let contacts: [ContactPerson]
    /// Every endpoint of the role in document order, including `idpdisc:DiscoveryResponse` and
    /// `init:RequestInitiator` from its Extensions.
    public let endpoints: [Endpoint]
    public let nameIDFormats: [TextValue]
    public let attributeProfiles: [TextValue]
    /// `saml:Attribute` elements an IdP or attribute authority advertises.
    public let attributes: [SAMLAttribute]
    /// IDPSSODescriptor's `WantAuthnRequestsSigned`.
    public let wantAuthnRequestsSigned: XSBoolean?
    /// SPSSODescriptor's `AuthnRequestsSigned`.
    public let authnRequestsSigned: XSBoolean?
    /// SPSSODescriptor's `WantAssertionsSigned`.
    public let wantAssertionsSigned: XSBoolean?
    public let attributeConsumingServices: [AttributeConsumingService]
    public let position: SourcePosition

    /// Endpoints of one kind, in document order.
    public func endpoints(_ kind: EndpointKind) -> [Endpoint] { endpoints.filter { $0.kind == kind } }

    /// Whether protocolSupportEnumeration lists SAML 2.0.
    public var supportsSAML2: Bool { protocolSupportEnumeration?.contains(SAMLProtocol.saml2) ?? false }

    public var isIdentityProvider: Bool { kind == .identityProvider }
    public var isServiceProvider: Bool { kind == .serviceProvider }

    public init(kind: RoleKind, id: String?, validUntil: XSDateTime?, cacheDuration: XSDuration?, protocolSupportEnumeration: [String]?, errorURL: String?, extensions: Extensions?, signature: SignatureElement?, keyDescriptors: [KeyDescriptor], organization: Organization?, contacts: [ContactPerson], endpoints: [Endpoint], nameIDFormats: [TextValue], attributeProfiles: [TextValue], attributes: [SAMLAttribute], wantAuthnRequestsSigned: XSBoolean?, authnRequestsSigned: XSBoolean?, wantAssertionsSigned: XSBoolean?, attributeConsumingServices: [AttributeConsumingService], position: SourcePosition) {
        self.kind = kind
        self.id = id
        self.validUntil = validUntil
        self.cacheDuration = cacheDuration
        self.protocolSupportEnumeration = protocolSupportEnumeration
        self.errorURL = errorURL
        self.extensions = extensions
        self.signature = signature
        self.keyDescriptors = keyDescriptors
        self.organization = organization
        self.contacts = contacts
        self.endpoints = endpoints
        self.nameIDFormats = nameIDFormats
        self.attributeProfiles = attributeProfiles
        self.attributes = attributes
        self.wantAuthnRequestsSigned = wantAuthnRequestsSigned
        self.authnRequestsSigned = authnRequestsSigned
        self.wantAssertionsSigned = wantAssertionsSigned
        self.attributeConsumingServices = attributeConsumingServices
        self.position = position
    }

    /// Identity: two values are equal only when they are the same element of the same model.
    public static func == (lhs: RoleDescriptor, rhs: RoleDescriptor) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// An `md:AttributeConsumingService` of an SP.
public struct AttributeConsumingService: Sendable, Hashable {
    public let index: XSIndex?
    public let isDefault: XSBoolean?
    public let serviceNames: [LocalizedValue]
    public let serviceDescriptions: [LocalizedValue]
    public let requestedAttributes: [SAMLAttribute]
    public let position: SourcePosition
}

/// A `saml:Attribute` or `md:RequestedAttribute`.
public struct SAMLAttribute: Sendable, Hashable {
    public let name: String?
    public let nameFormat: String?
    public let friendlyName: String?
    /// `isRequired` on a RequestedAttribute.
    public let isRequired: XSBoolean?
    public let values: [TextValue]
    public let position: SourcePosition
}
