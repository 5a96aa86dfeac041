/// Organizations and contacts of an entity, wherever they are declared, and example pieces for
/// the rules about them.
extension EntityDescriptor {
    /// The entity's Organization and those of its roles.
    var allOrganizations: [Organization] {
        (organization.map { [$0] } ?? []) + roles.compactMap(\.organization)
    }

    /// The entity's ContactPersons and those of its roles.
    var allContacts: [ContactPerson] { contacts + roles.flatMap(\.contacts) }
}

enum OrganizationExamples {
    /// A complete md:Organization.
    static let organization = """
    <md:Organization>
      <md:OrganizationName xml:lang="en">Northwind University</md:OrganizationName>
      <md:OrganizationDisplayName xml:lang="en">Northwind University</md:OrganizationDisplayName>
      <md:OrganizationURL xml:lang="en">https://www.northwind.edu/</md:OrganizationURL>
    </md:Organization>
    """

    /// An SP whose EntityDescriptor ends with `trailer` (Organization and ContactPerson elements).
    static func sp(_ trailer: String) -> String {
        ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS) + "\n" + trailer)
    }
}
