/// The shibmd:Scope elements of an entity, where SPs and the scope rules read them.
extension EntityDescriptor {
    /// Every shibmd:Scope in the entity's Extensions or its roles', with the site it is in.
    var scopeElements: [(site: ExtensionSite, scope: ElementValue)] {
        extensionSites.flatMap { site, extensions in
            extensions.allElements.filter { $0.isElement(XMLNamespace.shibmd, "Scope") }.map { (site, $0) }
        }
    }
}
