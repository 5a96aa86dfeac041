#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An `md:EntityDescriptor`.
public final class EntityDescriptor: Sendable, Hashable {
    /// The `entityID` attribute as written; nil when absent.
    public let entityID: String?
    /// The `ID` attribute (what a signature's Reference points to); nil when absent.
    public let id: String?
    /// The `validUntil` attribute; nil when absent.
    public let validUntil: XSDateTime?
    /// The `cacheDuration` attribute; nil when absent.
    public let cacheDuration: XSDuration?
    /// The earliest validUntil of the entity and the EntitiesDescriptors around it: the instant
    /// after which the entity must not be used.
    public let effectiveValidUntil: Date?
    /// The `md:Extensions` child; nil when absent.
    public let extensions: Extensions?
    /// The `ds:Signature` child; nil when unsigned.
    public let signature: SignatureElement?
    /// The role descriptors (IdP, SP, attribute authority…) in document order.
    public let roles: [RoleDescriptor]
    /// The `md:AffiliationDescriptor`, for an affiliation rather than a provider.
    public let affiliation: AffiliationDescriptor?
    /// The entity's `md:Organization`; nil when absent.
    public let organization: Organization?
    /// The entity's `md:ContactPerson` elements.
    public let contacts: [ContactPerson]
    /// The `md:AdditionalMetadataLocation` elements.
    public let additionalMetadataLocations: [TextValue]
    /// Index in ``MetadataDocument/groups`` of the EntitiesDescriptor that contains the entity;
    /// nil when the entity is the document element.
    public let group: Int?
    /// Where the element starts in the source.
    public let position: SourcePosition

    /// Roles of one kind.
    public var identityProviders: [RoleDescriptor] { roles.filter(\.isIdentityProvider) }
    /// The SP roles.
    public var serviceProviders: [RoleDescriptor] { roles.filter(\.isServiceProvider) }

    /// Whether the entity is the document element (a standalone EntityDescriptor).
    public var isDocumentElement: Bool { group == nil }

    /// The entityID for messages: the value, or a note that it is missing.
    public var displayID: String { entityID ?? "(entity without entityID, line \(position.line))" }

    /// Every md:Extensions of the entity (its own, its roles', organisations' and contacts'),
    /// with where it sits; collected once, read by many rules.
    public let extensionSites: [(site: ExtensionSite, extensions: Extensions)]

    /// Every endpoint of every role, with its role, in document order; collected once.
    public let allEndpoints: [(role: RoleDescriptor, endpoint: Endpoint)]

    /// An entity as the model builder reads it.
    public init(entityID: String?, id: String?, validUntil: XSDateTime?, cacheDuration: XSDuration?, effectiveValidUntil: Date?, extensions: Extensions?, signature: SignatureElement?, roles: [RoleDescriptor], affiliation: AffiliationDescriptor?, organization: Organization?, contacts: [ContactPerson], additionalMetadataLocations: [TextValue], group: Int?, position: SourcePosition) {
        self.entityID = entityID
        self.id = id
        self.validUntil = validUntil
        self.cacheDuration = cacheDuration
        self.effectiveValidUntil = effectiveValidUntil
        self.extensions = extensions
        self.signature = signature
        self.roles = roles
        self.affiliation = affiliation
        self.organization = organization
        self.contacts = contacts
        self.additionalMetadataLocations = additionalMetadataLocations
        self.group = group
        self.position = position
        var sites: [(site: ExtensionSite, extensions: Extensions)] = []
        if let extensions { sites.append((.entity, extensions)) }
        for role in roles {
            if let extensions = role.extensions { sites.append((.role(role.kind), extensions)) }
            if let extensions = role.organization?.extensions { sites.append((.organization, extensions)) }
            for contact in role.contacts { if let extensions = contact.extensions { sites.append((.contact, extensions)) } }
        }
        if let extensions = organization?.extensions { sites.append((.organization, extensions)) }
        for contact in contacts { if let extensions = contact.extensions { sites.append((.contact, extensions)) } }
        self.extensionSites = sites
        var endpoints: [(role: RoleDescriptor, endpoint: Endpoint)] = []
        for role in roles { for endpoint in role.endpoints { endpoints.append((role, endpoint)) } }
        self.allEndpoints = endpoints
    }

    /// Identity: two values are equal only when they are the same element of the same model.
    public static func == (lhs: EntityDescriptor, rhs: EntityDescriptor) -> Bool { lhs === rhs }
    /// Hashes the identity, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// An `md:AffiliationDescriptor`.
public struct AffiliationDescriptor: Sendable, Hashable {
    /// The `affiliationOwnerID` attribute.
    public let affiliationOwnerID: String?
    /// The `md:AffiliateMember` entityIDs.
    public let members: [TextValue]
    /// The affiliation's keys.
    public let keyDescriptors: [KeyDescriptor]
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// An `md:EntitiesDescriptor` (an aggregate or a nested group).
public struct EntitiesDescriptor: Sendable, Hashable {
    /// The `Name` attribute (a federation's feed name); nil when absent.
    public let name: String?
    /// The `ID` attribute (what a signature's Reference points to); nil when absent.
    public let id: String?
    /// The `validUntil` attribute; nil when absent.
    public let validUntil: XSDateTime?
    /// The `cacheDuration` attribute; nil when absent.
    public let cacheDuration: XSDuration?
    /// The `md:Extensions` child; nil when absent.
    public let extensions: Extensions?
    /// The `ds:Signature` child; nil when unsigned.
    public let signature: SignatureElement?
    /// Index in ``MetadataDocument/groups`` of the enclosing EntitiesDescriptor; nil for the root.
    public let parent: Int?
    /// Nesting depth: 0 for the document element.
    public let depth: Int
    /// Number of EntityDescriptor children (not counting nested groups).
    public let entityCount: Int
    /// Where the element starts in the source.
    public let position: SourcePosition
}
