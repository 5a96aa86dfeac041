extension Checker {
    /// What changed from `old` to `new` (`samlcheck diff`): both are read side by side, parsed,
    /// modelled and their signatures verified as ``snapshot(_:)`` does, except that the entities
    /// both versions have alike (``UnchangedEntities``) are found on the trees and neither
    /// modelled nor compared. The result is the one ``MetadataDiff/init(old:new:)`` gives for the
    /// two full snapshots.
    ///
    /// A document that cannot be read, or is not metadata, throws (`old`'s failure first).
    public func diff(_ old: MetadataInput, _ new: MetadataInput) async throws -> MetadataDiff {
        try await CheckFailure.converting {
            try Task.checkCancellation()
            async let oldTree = metadataTree(old)
            async let newTree = metadataTree(new)
            let before = try await oldTree, after = try await newTree
            // An entity filter asks the model for one entity; nothing is left out of it then.
            let unchanged = options.entityFilter != nil ? [] : try await OffPool.run {
                UnchangedEntities(old: before.tree, new: after.tree).entityIDs
            }
            try Task.checkCancellation()
            async let oldSnapshot = OffPool.run { [self] in try snapshot(of: before.tree, source: before.source, unchanged: unchanged) }
            async let newSnapshot = OffPool.run { [self] in try snapshot(of: after.tree, source: after.source, unchanged: unchanged) }
            let snapshots = (old: try await oldSnapshot, new: try await newSnapshot)
            let diff = MetadataDiff(old: snapshots.old, new: snapshots.new)
            // Tens of thousands of facts: freed like the trees, not on the caller's time.
            options.release.release(snapshots)
            return diff
        }
    }

    /// Reads and parses a version for ``diff(_:_:)``: files and standard input streamed, URLs fetched.
    private func metadataTree(_ input: MetadataInput) async throws -> (tree: XMLTree, source: String) {
        switch input {
        case .file, .standardInput:
            return try await OffPool.run { [self] in
                try withParserInput(input) { parserInput, source in (try metadataTree(parserInput, source: source), source) }
            }
        case .url, .metadataQuery:
            let url = input.displayName
            let fetched = try await fetch(url)
            return try await OffPool.run { [self] in
                try fetched.body.withUnsafeBytes { buffer in
                    (try metadataTree(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: url), url)
                }
            }
        }
    }
}
