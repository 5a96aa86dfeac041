/// Pieces of example metadata for the shibmd:Scope rules.
enum ScopeExamples {
    static let namespace = #"xmlns:shibmd="urn:mace:shibboleth:metadata:1.0""#

    /// An IdP whose IDPSSODescriptor Extensions hold `scope` (a whole shibmd:Scope element).
    static func idp(scope: String) -> String {
        ExampleMetadata.idp("""
        <md:Extensions>
          \(scope)
        </md:Extensions>
        \(ExampleMetadata.redirectSSO)
        """)
    }
}
