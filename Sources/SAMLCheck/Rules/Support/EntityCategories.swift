/// REFEDS entity categories an entity claims in its mdattr:EntityAttributes, which rules for the
/// category's requirements look for.
enum EntityCategories {
    static let codeOfConductV2 = "https://refeds.org/category/code-of-conduct/v2"

    /// The AttributeValue by which the entity claims `category` (an entity-category value), if it does.
    static func claim(_ category: String, by entity: EntityDescriptor) -> ElementValue? {
        (entity.extensions?.entityAttributeValues(named: FEDRSSPOnly.category) ?? []).first { $0.text.trimmingWhitespace() == category }
    }

    /// Whether an SP role of the entity is held to the GÉANT Code of Conduct v2 (its entity claims it).
    static func isCodeOfConductV2(_ role: RoleDescriptor, of entity: EntityDescriptor) -> Bool {
        role.isServiceProvider && claim(codeOfConductV2, by: entity) != nil
    }
}
