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
