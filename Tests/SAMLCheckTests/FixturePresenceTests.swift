import Foundation
import Testing
@testable import SAMLCheck

/// Everything the tests read lives in this repository. A missing fixture fails here, by name,
/// rather than silently emptying the argument list of a parameterized test.
@Suite struct FixturePresenceTests {
    @Test("the corpus is complete: every manifest row's file is here, with its provenance and licence text")
    func corpus() throws {
        let rows = try Corpus.manifest()
        #expect(rows.count >= 90, "the corpus manifest lists \(rows.count) files")
        for row in rows {
            _ = try TestEnvironment.fixture("corpus/" + row.localFile)
            #expect(!row.repository.isEmpty && row.commit.count == 40 && !row.licence.isEmpty, "\(row.localFile): incomplete provenance")
            let directory = String(row.localFile.split(separator: "/").first ?? "")
            _ = try TestEnvironment.fixture("corpus/LICENSES/\(directory).txt")
        }
        // Nothing is in the corpus directory that the manifest does not account for.
        let listed = Set(rows.map(\.localFile))
        let enumerator = try #require(FileManager.default.enumerator(atPath: Corpus.directory.path))
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: Corpus.directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue, path != "manifest.tsv", path != "README.md", !path.hasPrefix("LICENSES/") else { continue }
            #expect(listed.contains(path), "\(path) is in the corpus without a manifest row")
        }
    }

    @Test("the SARIF schema and the rule catalogue are in the repository")
    func schemaAndCatalogue() throws {
        _ = try TestEnvironment.fixture("schemas/sarif-schema-2.1.0.json")
        _ = try TestEnvironment.fixture("schemas/PROVENANCE.tsv")
        #expect(FileManager.default.fileExists(atPath: TestEnvironment.repositoryRoot.appendingPathComponent("docs/rules.md").path))
        #expect(try RuleCatalogueTests.catalogue().count > 250)
    }

    @Test("nothing in the repository reads the material beside it")
    func noOutsideReferences() throws {
        let root = TestEnvironment.repositoryRoot
        var offenders: [String] = []
        for top in ["Package.swift", "README.md", "Sources", "Tests", "scripts", ".ci", "samples", "docs", "Plugins"] {
            let url = root.appendingPathComponent(top)
            var paths: [String] = []
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: url.path)
                while let path = enumerator?.nextObject() as? String { paths.append(top + "/" + path) }
            } else {
                paths = [top]
            }
            for path in paths where !path.hasPrefix("Tests/SAMLCheckTests/Fixtures/corpus/") {
                guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { continue }
                if text.contains("../" + "shared") { offenders.append(path) }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
