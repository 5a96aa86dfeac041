/// What a side's entity says about itself that pair rules compare: entity attributes, the
/// attributes its IdP role advertises, its registrar.
extension PairSide {
    /// The values of the entity attribute `name` (mdattr:EntityAttributes in the entity's
    /// Extensions), trimmed.
    public func entityAttributeValues(_ name: String) -> [String] {
        guard let extensions = entity.extensions else { return [] }
        return extensions.elements(XMLNamespace.mdattr, "EntityAttributes")
            .flatMap { $0.children(XMLNamespace.assertion, "Attribute") }
            .filter { $0.attribute("Name")?.trimmingWhitespace() == name }
            .flatMap { $0.children(XMLNamespace.assertion, "AttributeValue") }
            .map { $0.text.trimmingWhitespace() }
    }

    /// The Names of the saml:Attribute elements the role advertises (an IdP's list of what it
    /// can release); empty when it advertises none.
    public var advertisedAttributeNames: Set<String> {
        Set(role.attributes.compactMap { $0.name?.trimmingWhitespace() })
    }

    /// The registrationAuthority of the entity's mdrpi:RegistrationInfo, if any.
    public var registrationAuthority: String? {
        entity.extensions?.elements(XMLNamespace.mdrpi, "RegistrationInfo").first?.attribute("registrationAuthority")?.trimmingWhitespace()
    }
}
