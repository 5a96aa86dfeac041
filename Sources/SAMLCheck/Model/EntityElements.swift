internal import CLibXML2

/// The elements the model makes entities of, found without building it: the document element
/// when it is an md:EntityDescriptor; otherwise every md:EntityDescriptor child of an
/// md:EntitiesDescriptor document element and of the md:EntitiesDescriptor elements nested in it,
/// in document order — the walk ``ModelBuilder`` makes.
struct EntityElements {
    /// One entity's element and its entityID attribute as the model reads it.
    struct Located {
        let element: xmlNodePtr
        let entityID: String?
    }

    /// The entity elements of `tree`, in document order.
    static func locate(in tree: XMLTree) -> [Located] {
        guard let root = tree.rootElement, root.namespaceURI == XMLNamespace.metadata else { return [] }
        switch root.localName {
        case "EntityDescriptor": return [Located(element: root, entityID: root.attribute("entityID"))]
        case "EntitiesDescriptor":
            var found: [Located] = []
            collect(in: root, into: &found)
            return found
        default: return []
        }
    }

    private static func collect(in group: xmlNodePtr, into found: inout [Located]) {
        for child in group.childElements where child.namespaceURI == XMLNamespace.metadata {
            switch child.localName {
            case "EntityDescriptor": found.append(Located(element: child, entityID: child.attribute("entityID")))
            case "EntitiesDescriptor": collect(in: child, into: &found)
            default: break
            }
        }
    }
}
