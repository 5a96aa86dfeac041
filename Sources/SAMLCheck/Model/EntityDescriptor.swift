#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An `md:EntityDescriptor`.
public final class EntityDescriptor: Sendable, Hashable {
    /// The `entityID` attribute as written; nil when absent.
    public let entityID: String?
    public let id: String?
    public let validUntil: XSDateTime?
    public let cacheDuration: XSDuration?
    /// The earliest validUntil of the entity and the EntitiesDescriptors around it: the instant
    /// after which the entity must not be used.
    public let effectiveValidUntil: Date?
    public let extensions: Extensions?
    public let signature: SignatureElement?
    public let roles: [RoleDescriptor]
    public let affiliation: AffiliationDescriptor?
    public let organization: Organization?
    public let contacts: [ContactPerson]
    public let additionalMetadataLocations: [TextValue]
    /// Index in ``MetadataDocument/groups`` of the EntitiesDescriptor that contains the entity;
    /// nil when the entity is the document element.
    public let group: Int?
    public let position: SourcePosition

    /// Roles of one kind.
    public var identityProviders: [RoleDescriptor] { roles.filter(\.isIdentityProvider) }
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
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// An `md:AffiliationDescriptor`.
public struct AffiliationDescriptor: Sendable, Hashable {
    public let affiliationOwnerID: String?
    public let members: [TextValue]
    public let keyDescriptors: [KeyDescriptor]
    public let position: SourcePosition
}

/// An `md:EntitiesDescriptor` (an aggregate or a nested group).
public struct EntitiesDescriptor: Sendable, Hashable {
    public let name: String?
    public let id: String?
    public let validUntil: XSDateTime?
    public let cacheDuration: XSDuration?
    public let extensions: Extensions?
    public let signature: SignatureElement?
    /// Index in ``MetadataDocument/groups`` of the enclosing EntitiesDescriptor; nil for the root.
    public let parent: Int?
    /// Nesting depth: 0 for the document element.
    public let depth: Int
    /// Number of EntityDescriptor children (not counting nested groups).
    public let entityCount: Int
    public let position: SourcePosition
}
