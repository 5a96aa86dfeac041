extension Checker {
    /// What changed from `old` to `new` (`samlcheck diff`): both are read side by side, parsed,
    /// modelled and their signatures verified as ``snapshot(_:)`` does, except that the entities
    /// both versions have alike — element for element, text for text — are found on the parsed
    /// trees and neither modelled nor compared. The result is the one
    /// ``MetadataDiff/init(old:new:)`` gives for the two whole snapshots.
    ///
    /// A document that cannot be read, or is not metadata, throws (`old`'s failure first).
    public func diff(_ old: MetadataInput, _ new: MetadataInput) async throws -> MetadataDiff {
        try await CheckFailure.converting {
            try Task.checkCancellation()
            let versions = try await withThrowingTaskGroup(of: DiffStep.self) { group in
                var state = DiffProgress()
                group.addTask { .read(0, await read(old)) }
                group.addTask { .read(1, await read(new)) }
                for try await step in group {
                    for next in try state.record(step, comparesEntities: options.entityFilter == nil) {
                        group.addTask { try await perform(next) }
                    }
                }
                return try state.finished()
            }
            let snapshots = (old: snapshot(versions.old.analysis, entities: versions.old.entities, source: versions.old.source),
                             new: snapshot(versions.new.analysis, entities: versions.new.entities, source: versions.new.source))
            let diff = MetadataDiff(old: snapshots.old, new: snapshots.new)
            // Tens of thousands of facts: freed like the trees, not on the caller's time.
            options.release.release(snapshots)
            return diff
        }
    }

    /// A version read and parsed, or why not (the caller decides which failure to report).
    private func read(_ input: MetadataInput) async -> Result<ParsedVersion, any Error> {
        do {
            return .success(try await metadataTree(input))
        } catch {
            return .failure(error)
        }
    }

    /// Runs one step of a diff off the cooperative pool.
    private func perform(_ work: DiffProgress.Work) async throws -> DiffStep {
        switch work {
        case .analyse(let index, let version):
            return .analysed(index, try await OffPool.run { [self] in try snapshotAnalysis(of: version.tree, source: version.source) })
        case .compare(let old, let new):
            return .compared(try await OffPool.run { UnchangedEntities(old: old, new: new).entityIDs })
        case .readEntities(let index, let tree, let unchanged):
            return .readEntities(index, try await OffPool.run { MetadataSnapshot.entities(in: tree, except: unchanged) })
        }
    }

    /// Reads and parses a version for ``diff(_:_:)``: files and standard input streamed, URLs fetched.
    private func metadataTree(_ input: MetadataInput) async throws -> ParsedVersion {
        switch input {
        case .file, .standardInput:
            return try await OffPool.run { [self] in
                try withParserInput(input) { parserInput, source in ParsedVersion(tree: try metadataTree(parserInput, source: source), source: source) }
            }
        case .url, .metadataQuery:
            let url = input.displayName
            let fetched = try await fetch(url)
            return try await OffPool.run { [self] in
                try fetched.body.withUnsafeBytes { buffer in
                    ParsedVersion(tree: try metadataTree(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: url), source: url)
                }
            }
        }
    }
}
