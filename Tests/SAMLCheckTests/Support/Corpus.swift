import Foundation

/// ../shared/corpus: other projects' test files with their provenance (manifest.tsv gives, per
/// file, the source repository, path and commit, the kind, and the verdict the source expects).
enum Corpus {
    struct Row: Hashable {
        var localFile: String
        var repository: String
        var path: String
        var commit: String
        var kind: String
        var expected: String
        var evidence: String
    }

    static let directory = TestEnvironment.shared.appendingPathComponent("corpus")

    static func manifest() throws -> [Row] {
        let text = try String(contentsOf: directory.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 7 else { return nil }
            return Row(localFile: cells[0], repository: cells[1], path: cells[2], commit: cells[3], kind: cells[4],
                       expected: cells[5], evidence: cells[6])
        }
    }

    static func data(_ localFile: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(localFile))
    }

    static func url(_ localFile: String) -> URL { directory.appendingPathComponent(localFile) }
}
