/// Where an md:Extensions element sits, for the placement rules of the extension specifications.
enum ExtensionSite: Equatable {
    case group(isRoot: Bool)
    case entity
    case role(RoleKind)
    case organization
    case contact

    var name: String {
        switch self {
        case .group: return "EntitiesDescriptor"
        case .entity: return "EntityDescriptor"
        case .role(let kind): return kind.elementName
        case .organization: return "Organization"
        case .contact: return "ContactPerson"
        }
    }
}

extension EntityDescriptor {
    /// Every md:Extensions of the entity (its own, its roles', organisations' and contacts'), with its site.
    var extensionSites: [(site: ExtensionSite, extensions: Extensions)] {
        var sites: [(ExtensionSite, Extensions)] = []
        if let extensions { sites.append((.entity, extensions)) }
        for role in roles {
            if let extensions = role.extensions { sites.append((.role(role.kind), extensions)) }
            if let extensions = role.organization?.extensions { sites.append((.organization, extensions)) }
            for contact in role.contacts { if let extensions = contact.extensions { sites.append((.contact, extensions)) } }
        }
        if let extensions = organization?.extensions { sites.append((.organization, extensions)) }
        for contact in contacts { if let extensions = contact.extensions { sites.append((.contact, extensions)) } }
        return sites
    }
}

extension ElementValue {
    /// This element and every element below it, depth first.
    var selfAndDescendants: [ElementValue] {
        [self] + children.flatMap(\.selfAndDescendants)
    }

    /// The text with XML whitespace trimmed.
    var trimmedText: String { text.trimmingWhitespace() }
}


/// Entity attributes (mdattr:EntityAttributes/saml:Attribute) of an entity and its enclosing groups.
enum EntityAttributes {
    /// Values of the entity attribute `name` declared on the entity itself.
    static func values(_ name: String, of entity: EntityDescriptor) -> [ElementValue] {
        guard let extensions = entity.extensions else { return [] }
        return extensions.elements(XMLNamespace.mdattr, "EntityAttributes")
            .flatMap { $0.children(XMLNamespace.assertion, "Attribute") }
            .filter { $0.attribute("Name") == name }
            .flatMap { $0.children(XMLNamespace.assertion, "AttributeValue") }
    }
}
