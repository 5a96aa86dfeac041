/// What `samlcheck diff` compares of a whole document: its kind, validity, signature verdict and
/// signer, and each entity's facts (``EntitySnapshot``). Built from the model, the entities a
/// batch at a time, and needing neither the model nor the tree afterwards: a snapshot of a
/// 10,000-entity aggregate is a few megabytes of strings.
public struct MetadataSnapshot: Sendable {
    /// The document's source (path, `-` or URL).
    public var source: String
    /// The document element's name.
    public var root: String
    /// The document element's validUntil and cacheDuration.
    public var validity: [EntitySnapshot.Fact]
    /// The signature verdict.
    public var signature: SignatureSummary
    /// Entities in document order; a repeated entityID keeps its first occurrence.
    ///
    /// (``Checker/diff(_:_:)`` leaves out the entities both versions have alike: absent from both
    /// snapshots, they are no change.)
    public var entities: [EntitySnapshot]

    /// The snapshot of `document`, with the snapshots of its entities (``entities(in:except:)``).
    init(source: String, document: MetadataDocument, facts: StageFacts, entities: [EntitySnapshot]) {
        self.source = source
        root = document.rootName
        var validity: [EntitySnapshot.Fact] = []
        if let validUntil = document.rootValidUntil {
            validity.append(.init(identity: "validUntil", description: "validUntil " + validUntil.lexical.trimmingWhitespace(), line: document.rootPosition.line))
        }
        if let cacheDuration = document.rootCacheDuration {
            validity.append(.init(identity: "cacheDuration", description: "cacheDuration " + cacheDuration.lexical.trimmingWhitespace(), line: document.rootPosition.line))
        }
        self.validity = validity
        signature = facts.signature
        self.entities = entities
    }

    /// The snapshots of the entities of `tree`, in document order, the first of each entityID,
    /// but for those whose entityID is in `unchanged` (which the other version has alike).
    ///
    /// The entities are modelled a batch at a time, so the model of them all is never held, by
    /// walks that share the batches out (``ModelBuilder/EntityBatches``) on all cores: a core
    /// that is done with other work (the other version's signature) takes the next walk.
    static func entities(in tree: XMLTree, except unchanged: Set<String> = []) -> [EntitySnapshot] {
        let parts = 8
        let walks = Parallel.map(parts, chunkSize: 1) { part in
            var batches: [(number: Int, entities: [(displayID: String, snapshot: EntitySnapshot)])] = []
            ModelBuilder.forEachEntity(in: tree, ModelBuilder.EntityBatches(except: unchanged, part: part, parts: parts)) { number, batch in
                batches.append((number, batch.map { ($0.displayID, EntitySnapshot($0)) }))
            }
            return batches
        }
        var seen = Set<String>()
        var entities: [EntitySnapshot] = []
        for batch in walks.joined().sorted(by: { $0.number < $1.number }) {
            for entity in batch.entities where seen.insert(entity.displayID).inserted { entities.append(entity.snapshot) }
        }
        return entities
    }
}
