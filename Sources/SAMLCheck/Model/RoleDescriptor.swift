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
    /// Which role element it is.
    public let kind: RoleKind
    /// The `ID` attribute; nil when absent.
    public let id: String?
    /// The `validUntil` attribute; nil when absent.
    public let validUntil: XSDateTime?
    /// The `cacheDuration` attribute; nil when absent.
    public let cacheDuration: XSDuration?
    /// The protocolSupportEnumeration URIs; nil when the attribute is absent.
    public let protocolSupportEnumeration: [String]?
    /// The `errorURL` attribute, where users are sent when something fails; nil when absent.
    public let errorURL: String?
    /// The `md:Extensions` child; nil when absent.
    public let extensions: Extensions?
    /// The `ds:Signature` child; nil when unsigned.
    public let signature: SignatureElement?
    /// The `md:KeyDescriptor` children.
    public let keyDescriptors: [KeyDescriptor]
    /// The role's own `md:Organization`; nil when absent.
    public let organization: Organization?
    /// The role's own `md:ContactPerson` elements.
    public let contacts: [ContactPerson]
    /// Every endpoint of the role in document order, including `idpdisc:DiscoveryResponse` and
    /// `init:RequestInitiator` from its Extensions.
    public let endpoints: [Endpoint]
    /// The `md:NameIDFormat` children.
    public let nameIDFormats: [TextValue]
    /// The `md:AttributeProfile` children.
    public let attributeProfiles: [TextValue]
    /// `saml:Attribute` elements an IdP or attribute authority advertises.
    public let attributes: [SAMLAttribute]
    /// IDPSSODescriptor's `WantAuthnRequestsSigned`.
    public let wantAuthnRequestsSigned: XSBoolean?
    /// SPSSODescriptor's `AuthnRequestsSigned`.
    public let authnRequestsSigned: XSBoolean?
    /// SPSSODescriptor's `WantAssertionsSigned`.
    public let wantAssertionsSigned: XSBoolean?
    /// An SP's `md:AttributeConsumingService` elements.
    public let attributeConsumingServices: [AttributeConsumingService]
    /// Where the element starts in the source.
    public let position: SourcePosition

    /// Endpoints of one kind, in document order.
    public func endpoints(_ kind: EndpointKind) -> [Endpoint] { endpoints.filter { $0.kind == kind } }

    /// Whether protocolSupportEnumeration lists SAML 2.0.
    public var supportsSAML2: Bool { protocolSupportEnumeration?.contains(SAMLProtocol.saml2) ?? false }

    /// Whether it is an `md:IDPSSODescriptor`.
    public var isIdentityProvider: Bool { kind == .identityProvider }
    /// Whether it is an `md:SPSSODescriptor`.
    public var isServiceProvider: Bool { kind == .serviceProvider }

    /// A role as the model builder reads it.
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
    /// Hashes the identity, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// An `md:AttributeConsumingService` of an SP.
public struct AttributeConsumingService: Sendable, Hashable {
    /// The `index` attribute.
    public let index: XSIndex?
    /// The `isDefault` attribute; nil when absent.
    public let isDefault: XSBoolean?
    /// The `md:ServiceName` children.
    public let serviceNames: [LocalizedValue]
    /// The `md:ServiceDescription` children.
    public let serviceDescriptions: [LocalizedValue]
    /// The `md:RequestedAttribute` children.
    public let requestedAttributes: [SAMLAttribute]
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// A `saml:Attribute` or `md:RequestedAttribute`.
public struct SAMLAttribute: Sendable, Hashable {
    /// The `Name` attribute; nil when absent.
    public let name: String?
    /// The `NameFormat` attribute; nil when absent (unspecified).
    public let nameFormat: String?
    /// The `FriendlyName` attribute; nil when absent.
    public let friendlyName: String?
    /// `isRequired` on a RequestedAttribute.
    public let isRequired: XSBoolean?
    /// The `saml:AttributeValue` children.
    public let values: [TextValue]
    /// Where the element starts in the source.
    public let position: SourcePosition
}
