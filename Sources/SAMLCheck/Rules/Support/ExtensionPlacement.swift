/// Where an extension element stands relative to where its specification allows it: the shared
/// logic of the placement rules (alg:*, shibmd:Scope, mdui, mdrpi, mdattr, idpdisc).
enum ExtensionPlacement {
    enum Problem {
        /// In the Extensions of an element the specification does not allow.
        case wrongSite(ExtensionSite)
        /// At an allowed site, but inside another extension element instead of directly in md:Extensions.
        case nested
    }

    /// Every element called `localName` in `namespace` in the entity's Extensions (its own, its
    /// roles', organisations', contacts') that is not directly in the Extensions of an allowed site.
    static func problems(_ namespace: String, _ localName: String, in entity: EntityDescriptor,
                         allowedAt isAllowed: (ExtensionSite) -> Bool) -> [(element: ElementValue, problem: Problem)] {
        var found: [(element: ElementValue, problem: Problem)] = []
        for (site, extensions) in entity.extensionSites {
            found += problems(namespace, localName, in: extensions, site: site, allowed: isAllowed(site))
        }
        return found
    }

    /// The same for the Extensions of every EntitiesDescriptor of the document.
    static func problems(_ namespace: String, _ localName: String, in document: MetadataDocument,
                         allowedOnGroups: Bool) -> [(element: ElementValue, problem: Problem)] {
        document.groups.flatMap { group -> [(element: ElementValue, problem: Problem)] in
            guard let extensions = group.extensions else { return [] }
            return problems(namespace, localName, in: extensions, site: .group(isRoot: group.depth == 0), allowed: allowedOnGroups)
        }
    }

    private static func problems(_ namespace: String, _ localName: String, in extensions: Extensions, site: ExtensionSite,
                                 allowed: Bool) -> [(element: ElementValue, problem: Problem)] {
        var found: [(element: ElementValue, problem: Problem)] = []
        for element in extensions.allElements where element.isElement(namespace, localName) {
            if !allowed {
                found.append((element, .wrongSite(site)))
            } else if !extensions.elements.contains(where: { $0 === element }) {
                found.append((element, .nested))
            }
        }
        return found
    }
}

extension ExtensionPlacement {
    /// A one-sentence message: `consequence` completes "X in the Extensions of Y …" for a wrong site.
    static func message(_ element: ElementValue, _ problem: Problem, consequence: String) -> String {
        switch problem {
        case .wrongSite(let site):
            return "\(element.displayName) in the Extensions of \(site.name) \(consequence)."
        case .nested:
            return "\(element.displayName) is nested inside another extension element instead of sitting directly in md:Extensions."
        }
    }
}
