/// What `samlcheck diff` compares of a whole document: its kind, validity, signature verdict and
/// signer, and each entity's facts (``EntitySnapshot``). Built once from the model, after which
/// the tree is gone: a snapshot of a 10,000-entity aggregate is a few megabytes of strings.
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
    /// (``Checker/diff(_:_:)`` makes its two snapshots from models that leave out the entities both
    /// versions have alike: absent from both, they are no change.)
    public var entities: [EntitySnapshot]

    init(source: String, document: MetadataDocument, facts: StageFacts) {
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
        let firsts = document.entities.filter { seen.insert($0.displayID).inserted }
        // Entities are independent: their facts are read on all cores.
        entities = Parallel.map(firsts.count, chunkSize: 64) { EntitySnapshot(firsts[$0]) }
    }
}
