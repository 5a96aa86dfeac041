/// A version of a document, parsed for a diff.
struct ParsedVersion: Sendable {
    let tree: XMLTree
    let source: String
}

/// What a step of ``Checker/diff(_:_:)`` produced.
enum DiffStep: Sendable {
    /// A version read and parsed (0 old, 1 new), or why it could not be.
    case read(Int, Result<ParsedVersion, any Error>)
    /// A version's signature verified (``Checker/snapshotAnalysis(of:source:)``).
    case analysed(Int, Checker.Analysis)
    /// The entityIDs both versions have alike.
    case compared(Set<String>)
    /// A version's entities, but for those alike.
    case readEntities(Int, [EntitySnapshot])
}

/// The order of a diff's steps, as their results come in. Each version's signature verdict needs
/// nothing of the other version, so it starts as soon as that version is parsed, beside the
/// other's parse; the comparison starts once both are parsed; and a version's entities are read
/// once its signature is verified and the comparison is done, so that the verifications, the
/// longest steps, never wait for a core. Failures are reported as if the versions had been read
/// one after the other: the old version's first.
struct DiffProgress {
    /// A step to start.
    enum Work: Sendable {
        case analyse(Int, ParsedVersion)
        case compare(old: XMLTree, new: XMLTree)
        case readEntities(Int, XMLTree, except: Set<String>)
    }

    /// A version's analysis, entities and source, once all are in.
    struct Version {
        let analysis: Checker.Analysis
        let entities: [EntitySnapshot]
        let source: String
    }

    private var reads: [Int: Result<ParsedVersion, any Error>] = [:]
    private var analyses: [Int: Checker.Analysis] = [:]
    private var unchanged: Set<String>?
    private var entities: [Int: [EntitySnapshot]] = [:]
    private var entitiesStarted: Set<Int> = []

    /// Takes in a step's result and says what to start next; throws a version's read failure as
    /// soon as no earlier version can fail instead.
    mutating func record(_ step: DiffStep, comparesEntities: Bool) throws -> [Work] {
        var next: [Work] = []
        switch step {
        case .read(let index, let result):
            reads[index] = result
            if case .failure(let error)? = reads[0] { throw error }
            if reads[0] != nil, case .failure(let error)? = reads[1] { throw error }
            if case .success(let version) = result { next.append(.analyse(index, version)) }
            if case .success(let old)? = reads[0], case .success(let new)? = reads[1] {
                if comparesEntities {
                    next.append(.compare(old: old.tree, new: new.tree))
                } else {
                    unchanged = []
                }
            }
        case .analysed(let index, let analysis):
            analyses[index] = analysis
        case .compared(let alike):
            unchanged = alike
        case .readEntities(let index, let read):
            entities[index] = read
        }
        if let unchanged {
            for index in 0..<2 where analyses[index] != nil && !entitiesStarted.contains(index) {
                guard case .success(let version) = reads[index] else { continue }
                entitiesStarted.insert(index)
                next.append(.readEntities(index, version.tree, except: unchanged))
            }
        }
        return next
    }

    /// Both versions, once every step is done.
    func finished() throws -> (old: Version, new: Version) {
        func version(_ index: Int) throws -> Version {
            guard case .success(let read) = reads[index], let analysis = analyses[index], let entities = entities[index] else {
                throw CancellationError()
            }
            return Version(analysis: analysis, entities: entities, source: read.source)
        }
        return (try version(0), try version(1))
    }
}
