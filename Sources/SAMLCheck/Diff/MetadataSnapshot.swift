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

    /// The snapshot of `document`, whose entities are read from `tree` a batch at a time (the
    /// document's model need not hold them), but for those whose entityID is in `unchanged`.
    init(source: String, tree: XMLTree, document: MetadataDocument, facts: StageFacts, unchanged: Set<String> = []) {
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
        var seen = Set<String>()
        var entities: [EntitySnapshot] = []
        ModelBuilder.forEachEntity(in: tree, except: unchanged) { batch in
            for entity in batch where seen.insert(entity.displayID).inserted { entities.append(EntitySnapshot(entity)) }
        }
        self.entities = entities
    }
}
