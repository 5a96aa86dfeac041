import Foundation
import Testing
@testable import SAMLCheck

/// Every directory under samples/ holding metadata.xml also holds expected.json: the findings
/// (rule, severity, line) the sample must produce, exactly, and the exit code of the CLI. (The
/// `pair-*` directories are SP and IdP pairs: ``PairSampleTests``.)
@Suite struct SampleTests {
    struct Expected: Decodable {
        struct Finding: Decodable, Hashable, CustomStringConvertible {
            var rule: String
            var severity: String
            var line: Int?
            var description: String { "\(rule)/\(severity)@\(line.map(String.init) ?? "-")" }
        }

        var description: String
        var now: String
        var profiles: [String]
        var exitCode: Int32
        var findings: [Finding]
    }

    static let sampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestEnvironment.samples.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: TestEnvironment.samples.appendingPathComponent("\($0)/metadata.xml").path) }.sorted()
    }()

    static func expected(_ name: String) throws -> Expected {
        let data = try Data(contentsOf: TestEnvironment.samples.appendingPathComponent("\(name)/expected.json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    @Test("there are at least ten broken samples and a clean one")
    func enoughSamples() throws {
        #expect(Self.sampleNames.count >= 11)
        var clean = 0
        for name in Self.sampleNames {
            let expected = try Self.expected(name)
            if !expected.findings.contains(where: { $0.severity == "error" }) { clean += 1 }
            #expect(!expected.description.isEmpty, "\(name) needs a description")
        }
        #expect(clean >= 1)
        #expect(Self.sampleNames.count - clean >= 10)
    }

    @Test("the broken samples cover every rule family with an error or a warning")
    func familiesCovered() throws {
        var families: Set<String> = []
        for name in Self.sampleNames {
            for finding in try Self.expected(name).findings where finding.severity != "info" {
                let id = finding.rule
                families.insert(id.hasPrefix("MD-ORG") || id.hasPrefix("MD-CONTACT") ? "MD-ORG/CONTACT" : String(id.prefix { $0 != "-" }))
            }
        }
        let required: Set<String> = ["MD", "ROLE", "SIG", "KEY", "CERT", "ALG", "EP", "IDX", "IDP", "SP", "MD-ORG/CONTACT", "UI", "RPI", "ATTR",
                                     "DISCO", "OPS"]
        #expect(required.subtracting(families).isEmpty, "families without a sample: \(required.subtracting(families).sorted())")
    }

    @Test("each sample produces exactly its expected findings", arguments: sampleNames)
    func sampleFindings(name: String) throws {
        let expected = try Self.expected(name)
        let profiles = Set(expected.profiles.compactMap(Profile.init(name:)))
        #expect(profiles.count == expected.profiles.count)
        let now = try #require(XSDateTime(expected.now).date)
        let url = TestEnvironment.samples.appendingPathComponent("\(name)/metadata.xml")
        let report = try TestEnvironment.checker(now: now, profiles: profiles).check(bytes: Array(try Data(contentsOf: url)), source: url.path)
        let actual = report.findings.map { Expected.Finding(rule: $0.rule, severity: $0.severity.rawValue, line: $0.line) }
        #expect(actual.sorted { $0.description < $1.description } == expected.findings.sorted { $0.description < $1.description },
                "\(name): got \(actual)")
    }

    @Test("the samples do not rot: the same findings at their own clock and nine years on", arguments: sampleNames)
    func samplesDoNotRot(name: String) throws {
        let expected = try Self.expected(name)
        let profiles = Set(expected.profiles.compactMap(Profile.init(name:)))
        let url = TestEnvironment.samples.appendingPathComponent("\(name)/metadata.xml")
        let bytes = Array(try Data(contentsOf: url))
        func findings(at now: String) throws -> [Expected.Finding] {
            let clock = try #require(XSDateTime(now).date)
            return try TestEnvironment.checker(now: clock, profiles: profiles).check(bytes: bytes, source: url.path).findings
                .map { Expected.Finding(rule: $0.rule, severity: $0.severity.rawValue, line: $0.line) }
                .sorted { $0.description < $1.description }
        }
        #expect(try findings(at: expected.now) == findings(at: "2035-06-01T00:00:00Z"), "\(name)")
    }

    @Test("without element paths the findings are the same, only their paths are left out")
    func findingsWithoutPaths() throws {
        var withoutPaths = CheckOptions(rules: RuleSettings(now: TestEnvironment.clock))
        withoutPaths.elementPaths = false
        var pathsSeen = 0
        for name in Self.sampleNames {
            let bytes = Array(try Data(contentsOf: TestEnvironment.samples.appendingPathComponent("\(name)/metadata.xml")))
            let full = try TestEnvironment.checker().check(bytes: bytes, source: name).findings
            let lean = try Checker(options: withoutPaths).check(bytes: bytes, source: name).findings
            #expect(lean.allSatisfy { $0.path == nil }, "\(name)")
            pathsSeen += full.filter { $0.path != nil }.count
            let stripped = full.map { finding in
                var withoutPath = finding
                withoutPath.path = nil
                return withoutPath
            }
            #expect(lean == stripped, "\(name)")
        }
        #expect(pathsSeen > 20)
    }

    @Test("the CLI exits with each sample's expected code", arguments: sampleNames)
    func sampleExitCodes(name: String) throws {
        let expected = try Self.expected(name)
        var arguments = ["check", "metadata.xml", "--now", expected.now]
        for profile in expected.profiles { arguments += ["--profile", profile] }
        let result = try TestEnvironment.run(arguments, in: TestEnvironment.samples.appendingPathComponent(name))
        #expect(result.status == expected.exitCode, "\(name): \(result.standardOutput)\(result.standardError)")
        #expect(result.standardError.isEmpty)
    }
}
