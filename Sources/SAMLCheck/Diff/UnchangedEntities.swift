internal import CLibXML2

/// The entities two versions of an aggregate have alike, found on the parsed trees before either
/// is modelled: an entity whose element (the first with its entityID in each version) reads the
/// same in both, text for text, has the same facts in both, so `samlcheck diff` neither models
/// nor compares it. In two versions of a feed most entities are alike, and modelling them was
/// most of the work of a diff.
///
/// Only the comparison is skipped: an entity re-indented, re-prefixed or with its attributes in
/// another order is not "alike" here, and is modelled and compared fact by fact as before (and
/// found unchanged there).
struct UnchangedEntities {
    /// The entityIDs.
    let entityIDs: Set<String>

    /// Compares the entities of `old` and `new`, on all cores. Nothing is alike unless both
    /// document elements are md:EntitiesDescriptor (a single entity is cheap to model).
    init(old: XMLTree, new: XMLTree) {
        guard old.rootElement.map(Self.isAggregate) == true, new.rootElement.map(Self.isAggregate) == true else {
            entityIDs = []
            return
        }
        var oldFirsts: [String: NodeAddress] = [:]
        for located in ModelBuilder.entityElements(of: old) {
            guard let entityID = located.entityID, oldFirsts[entityID] == nil else { continue }
            oldFirsts[entityID] = NodeAddress(UnsafeMutableRawPointer(located.element))
        }
        var seen = Set<String>()
        var pairs: [(entityID: String, old: NodeAddress, new: NodeAddress)] = []
        for located in ModelBuilder.entityElements(of: new) {
            guard let entityID = located.entityID, seen.insert(entityID).inserted, let counterpart = oldFirsts[entityID] else { continue }
            pairs.append((entityID, counterpart, NodeAddress(UnsafeMutableRawPointer(located.element))))
        }
        let candidates = pairs
        let alike = Parallel.map(candidates.count, chunkSize: 128) { index in
            let pair = candidates[index]
            return pair.old.raw.assumingMemoryBound(to: xmlNode.self).readsTheSame(as: pair.new.raw.assumingMemoryBound(to: xmlNode.self))
        }
        entityIDs = Set(zip(candidates, alike).lazy.filter { $0.1 }.map { $0.0.entityID })
    }

    private static func isAggregate(_ root: xmlNodePtr) -> Bool {
        root.namespaceURI == XMLNamespace.metadata && root.localName == "EntitiesDescriptor"
    }
}
