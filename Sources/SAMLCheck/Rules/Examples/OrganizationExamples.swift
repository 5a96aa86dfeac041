/// Example pieces for the Organization and ContactPerson rules.
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
