/// The mdattr:EntityAttributes of some Extensions, as the entity-attribute rules read them.
extension Extensions {
    /// The saml:Attribute elements of the mdattr:EntityAttributes directly in these Extensions,
    /// grouped by the EntityAttributes they are in.
    var entityAttributeGroups: [[ElementValue]] {
        elements(XMLNamespace.mdattr, "EntityAttributes").map { $0.children(XMLNamespace.assertion, "Attribute") }
    }

    /// The saml:AttributeValue elements of the mdattr:EntityAttributes directly in these Extensions.
    var entityAttributeValues: [ElementValue] {
        elements(XMLNamespace.mdattr, "EntityAttributes")
            .flatMap { $0.children(XMLNamespace.assertion, "Attribute") }
            .flatMap { $0.children(XMLNamespace.assertion, "AttributeValue") }
    }

    /// The same, only of the attributes with this Name (an entity category, assurance certification…).
    func entityAttributeValues(named name: String) -> [ElementValue] {
        elements(XMLNamespace.mdattr, "EntityAttributes")
            .flatMap { $0.children(XMLNamespace.assertion, "Attribute") }
            .filter { $0.attribute("Name")?.trimmingWhitespace() == name }
            .flatMap { $0.children(XMLNamespace.assertion, "AttributeValue") }
    }
}
