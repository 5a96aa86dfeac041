/// Organizations and contacts of an entity, wherever they are declared.
extension EntityDescriptor {
    /// The entity's Organization and those of its roles.
    var allOrganizations: [Organization] {
        (organization.map { [$0] } ?? []) + roles.compactMap(\.organization)
    }

    /// The entity's ContactPersons and those of its roles.
    var allContacts: [ContactPerson] { contacts + roles.flatMap(\.contacts) }
}
