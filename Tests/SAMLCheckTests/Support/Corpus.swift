import Foundation

/// Tests/SAMLCheckTests/Fixtures/corpus: other projects' test files, copied with their provenance.
/// manifest.tsv gives, per file, the source repository, path and commit, the licence (texts in
/// LICENSES/), the kind, the verdict the source's own tests expect, and the test that asserts it.
enum Corpus {
    struct Row: Hashable {
        var localFile: String
        var repository: String
        var path: String
        var commit: String
        var licence: String
        var kind: String
        var expected: String
        var evidence: String
    }

    static let directory = TestEnvironment.fixtures.appendingPathComponent("corpus")

    /// The manifest's rows; throws when the manifest is missing (a test that needs it fails).
    static func manifest() throws -> [Row] {
        let text = try String(contentsOf: try TestEnvironment.fixture("corpus/manifest.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 8 else { return nil }
            return Row(localFile: cells[0], repository: cells[1], path: cells[2], commit: cells[3], licence: cells[4],
                       kind: cells[5], expected: cells[6], evidence: cells[7])
        }
    }

    /// The manifest's rows for building test arguments: empty when the manifest is missing, which
    /// ``CorpusPresenceTests`` then reports as a failure (arguments cannot throw).
    static var rowsOrEmpty: [Row] { (try? manifest()) ?? [] }

    static func data(_ localFile: String) throws -> Data {
        try Data(contentsOf: try TestEnvironment.fixture("corpus/" + localFile))
    }

    static func url(_ localFile: String) -> URL { directory.appendingPathComponent(localFile) }
}
