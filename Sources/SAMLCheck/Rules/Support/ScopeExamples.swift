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

extension EntityDescriptor {
    /// Every shibmd:Scope in the entity's Extensions or its roles', with the site it is in.
    var scopeElements: [(site: ExtensionSite, scope: ElementValue)] {
        extensionSites.flatMap { site, extensions in
            extensions.allElements.filter { $0.isElement(XMLNamespace.shibmd, "Scope") }.map { (site, $0) }
        }
    }
}
