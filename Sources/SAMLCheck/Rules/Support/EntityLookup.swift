internal import CLibXML2

/// Finds the entity an arbitrary element belongs to, for document-wide rules that report on
/// elements found outside the per-entity walk (IDs, namespaces). Built once per rule run.
struct EntityLookup {
    private let document: MetadataDocument
    private let indexByPosition: [SourcePosition: Int]

    init(_ document: MetadataDocument) {
        self.document = document
        var index: [SourcePosition: Int] = [:]
        index.reserveCapacity(document.entities.count)
        for (offset, entity) in document.entities.enumerated() { index[entity.position] = offset }
        self.indexByPosition = index
    }

    /// The EntityDescriptor that is or contains the element at `position`.
    func entity(containing position: SourcePosition) -> EntityDescriptor? {
        guard var node = document.tree.node(at: position) else { return nil }
        while true {
            if node.pointee.type == XML_ELEMENT_NODE, strcmpXML(node.pointee.name, "EntityDescriptor"),
               let href = node.pointee.ns?.pointee.href, strcmpXML(href, XMLNamespace.metadata) {
                return indexByPosition[document.tree.position(of: node)].map { document.entities[$0] }
            }
            guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
            node = parent
        }
    }
}
