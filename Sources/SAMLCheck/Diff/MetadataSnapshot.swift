/// What `samlcheck diff` compares of a whole document: its kind, validity, signature verdict and
/// signer, and each entity's facts (``EntitySnapshot``). Built once from the model, after which
/// the tree is gone: a snapshot of a 10,000-entity aggregate is a few megabytes of strings.
public struct MetadataSnapshot: Sendable {
    public var source: String
    /// The document element's name.
    public var root: String
    public var validity: [EntitySnapshot.Fact]
    public var signature: SignatureSummary
    /// Entities in document order; a repeated entityID keeps its first occurrence.
    public var entities: [EntitySnapshot]

    init(source: String, document: MetadataDocument, facts: StageFacts) {
        self.source = source
        root = document.rootName
        var certificates: [SourcePosition: CertificateInfo] = [:]
        for entry in facts.certificates.entries {
            if let info = entry.info { certificates[entry.position] = info }
        }
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
        entities = document.entities.compactMap { entity in
            guard seen.insert(entity.displayID).inserted else { return nil }
            return EntitySnapshot(entity, certificates: certificates)
        }
    }
}
