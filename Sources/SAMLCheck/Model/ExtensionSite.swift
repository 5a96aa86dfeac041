/// Where an md:Extensions element sits, for the placement rules of the extension specifications.
public enum ExtensionSite: Sendable, Hashable {
    case group(isRoot: Bool)
    case entity
    case role(RoleKind)
    case organization
    case contact

    /// The element name of the site, for messages.
    public var name: String {
        switch self {
        case .group: return "EntitiesDescriptor"
        case .entity: return "EntityDescriptor"
        case .role(let kind): return kind.elementName
        case .organization: return "Organization"
        case .contact: return "ContactPerson"
        }
    }
}

