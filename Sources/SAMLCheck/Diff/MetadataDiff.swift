/// What changed between two versions of metadata: the document's own changes (kind, validity,
/// signature) and, per entity, whether it was added, removed or modified and how. Entities are
/// matched by entityID; their facts by identity (see ``EntitySnapshot``), so a reordered,
/// re-indented or re-prefixed document has no changes.
public struct MetadataDiff: Sendable, Hashable, Codable {
    /// One change: what it is, the fact before and after (nil where there was none), and the
    /// line in the new document (in the old one for what was removed).
    public struct Detail: Sendable, Hashable, Codable {
        /// What changed.
        public var kind: ChangeKind
        /// The fact before; nil for an addition.
        public var before: String?
        /// The fact after; nil for a removal.
        public var after: String?
        /// Its line.
        public var line: Int?

        /// Every key is written, null where there is nothing, as in the other JSON reports.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
            try container.encode(line, forKey: .line)
        }

        enum CodingKeys: String, CodingKey { case kind, before, after, line }
    }

    /// What happened to an entity.
    public enum Change: String, Sendable, Hashable, Codable {
        case added, removed, modified
    }

    /// One entity's change.
    public struct EntityChange: Sendable, Hashable, Codable {
        /// The entity.
        public var entityID: String
        /// Added, removed or modified.
        public var change: Change
        /// The entity's line in the new document (the old one for a removed entity).
        public var line: Int
        /// What changed in it (empty for an addition or removal).
        public var details: [Detail]
    }

    /// The old document's source.
    public var old: String
    /// The new document's source.
    public var new: String
    /// Changes of the document itself.
    public var document: [Detail]
    /// Entities added, removed or modified: the removed in old order, then the others in new order.
    public var changes: [EntityChange]

    /// Whether nothing changed.
    public var isEmpty: Bool { document.isEmpty && changes.isEmpty }

    /// Every kind of change present, entity additions and removals included.
    public var kinds: Set<ChangeKind> {
        var kinds = Set(document.map(\.kind))
        for change in changes {
            switch change.change {
            case .added: kinds.insert(.entityAdded)
            case .removed: kinds.insert(.entityRemoved)
            case .modified: kinds.formUnion(change.details.map(\.kind))
            }
        }
        return kinds
    }

    /// The changes from `old` to `new`.
    public init(old: MetadataSnapshot, new: MetadataSnapshot) {
        self.old = old.source
        self.new = new.source
        var document: [Detail] = []
        if old.root != new.root {
            document.append(Detail(kind: .documentChanged, before: old.root, after: new.root, line: nil))
        }
        document += Self.compare(old.validity, new.validity, added: .validityChanged, removed: .validityChanged, changed: .validityChanged)
        let before = Self.describe(old.signature), after = Self.describe(new.signature)
        if before != after { document.append(Detail(kind: .signatureChanged, before: before, after: after, line: nil)) }
        self.document = document

        let oldByID = Dictionary(old.entities.map { ($0.entityID, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.entities.map(\.entityID))
        var changes = old.entities.filter { !newIDs.contains($0.entityID) }
            .map { EntityChange(entityID: $0.entityID, change: .removed, line: $0.line, details: []) }
        // Entities compare independently: on all cores, in new order.
        let entities = new.entities
        changes += Parallel.map(entities.count, chunkSize: 128) { index -> EntityChange? in
            let entity = entities[index]
            guard let previous = oldByID[entity.entityID] else {
                return EntityChange(entityID: entity.entityID, change: .added, line: entity.line, details: [])
            }
            let details = Self.compare(previous, entity)
            return details.isEmpty ? nil : EntityChange(entityID: entity.entityID, change: .modified, line: entity.line, details: details)
        }.compactMap { $0 }
        self.changes = changes
    }

    private static func compare(_ old: EntitySnapshot, _ new: EntitySnapshot) -> [Detail] {
        compare(old.roles, new.roles, added: .roleAdded, removed: .roleRemoved, changed: .roleChanged)
            + compare(old.keys, new.keys, added: .keyAdded, removed: .keyRemoved, changed: nil)
            + compare(old.endpoints, new.endpoints, added: .endpointAdded, removed: .endpointRemoved, changed: .endpointChanged)
            + compare(old.attributes, new.attributes, added: .attributeAdded, removed: .attributeRemoved, changed: nil)
            + compare(old.nameIDFormats, new.nameIDFormats, added: .nameIDFormatAdded, removed: .nameIDFormatRemoved, changed: nil)
            + compare(old.scopes, new.scopes, added: .scopeAdded, removed: .scopeRemoved, changed: nil)
            + compare(old.contacts, new.contacts, added: .contactChanged, removed: .contactChanged, changed: .contactChanged)
            + compare(old.registration, new.registration, added: .registrationChanged, removed: .registrationChanged, changed: .registrationChanged)
            + compare(old.validity, new.validity, added: .validityChanged, removed: .validityChanged, changed: .validityChanged)
    }

    /// Facts paired by identity: new ones are `added`, vanished ones `removed`, and one whose
    /// description differs is `changed` (or, when a kind has no "changed", removed and added).
    private static func compare(_ old: [EntitySnapshot.Fact], _ new: [EntitySnapshot.Fact],
                                added: ChangeKind, removed: ChangeKind, changed: ChangeKind?) -> [Detail] {
        // Most facts of most entities are unchanged and in the same order: no tables for them.
        if old.count == new.count,
           zip(old, new).allSatisfy({ $0.identity == $1.identity && $0.description == $1.description }) {
            return []
        }
        let oldByIdentity = Dictionary(old.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let newByIdentity = Dictionary(new.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        var details: [Detail] = []
        for fact in old where newByIdentity[fact.identity] == nil {
            details.append(Detail(kind: removed, before: fact.reported, after: nil, line: fact.line))
        }
        for fact in new {
            guard let previous = oldByIdentity[fact.identity] else {
                details.append(Detail(kind: added, before: nil, after: fact.reported, line: fact.line))
                continue
            }
            guard previous.description != fact.description else { continue }
            if let changed {
                details.append(Detail(kind: changed, before: previous.reported, after: fact.reported, line: fact.line))
            } else {
                details.append(Detail(kind: removed, before: previous.reported, after: nil, line: previous.line))
                details.append(Detail(kind: added, before: nil, after: fact.reported, line: fact.line))
            }
        }
        return details
    }

    /// "valid, signed by SHA256:…" — what a signature verdict change compares.
    private static func describe(_ signature: SignatureSummary) -> String {
        signature.status.rawValue + (signature.keyFingerprint.map { ", key " + $0 } ?? "")
    }
}
