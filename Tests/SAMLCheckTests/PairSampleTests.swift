import Foundation
import Testing
@testable import SAMLCheck

/// Every `samples/pair-*` directory holds an SP's and an IdP's metadata (sp.xml, idp.xml) and
/// expected.json: what `samlcheck pair` must report about each side and about the two together,
/// its verdict and its exit code. Run through the CLI, as a user would.
@Suite struct PairSampleTests {
    struct Expected: Decodable {
        struct SideFinding: Decodable, Hashable, CustomStringConvertible {
            var rule: String
            var severity: String
            var document: String
            var line: Int?
            var description: String { "\(rule)/\(severity)@\(document):\(line.map(String.init) ?? "-")" }
        }

        struct PairFinding: Decodable, Hashable, CustomStringConvertible {
            var rule: String
            var severity: String
            var at: String
            var related: String
            var description: String { "\(rule)/\(severity)@\(at)↔\(related)" }
        }

        var description: String
        var now: String
        var profiles: [String]
        var arguments: [String]
        var exitCode: Int32
        var verdict: String
        var findings: [SideFinding]
        var pairFindings: [PairFinding]
    }

    static let pairNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestEnvironment.samples.path)) ?? []
        return names.filter { $0.hasPrefix("pair-") }.sorted()
    }()

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: TestEnvironment.samples.appendingPathComponent("\(name)/expected.json")))
    }

    static func arguments(_ expected: Expected, format: String) -> [String] {
        ["pair", "--sp", "sp.xml", "--idp", "idp.xml", "--now", expected.now, "--no-config", "--format", format]
            + expected.profiles.flatMap { ["--profile", $0] } + expected.arguments
    }

    @Test("at least eight pairs work, and every pair rule has a broken pair")
    func coverage() throws {
        var working = 0
        var rulesShown: Set<String> = []
        for name in Self.pairNames {
            let expected = try Self.expected(name)
            #expect(!expected.description.isEmpty, "\(name) needs a description")
            if expected.verdict == "will-work" && expected.exitCode == 0 { working += 1 }
            rulesShown.formUnion(expected.pairFindings.map(\.rule))
        }
        #expect(working >= 8, "\(working) working pairs")
        let pairRules = RuleRegistry.all.filter { $0.init() is any PairRule }.map { $0.description.id }
        #expect(pairRules.count == 18, "\(pairRules)")
        #expect(Set(pairRules).subtracting(rulesShown).isEmpty, "pair rules without a broken pair: \(Set(pairRules).subtracting(rulesShown).sorted())")
    }

    @Test("each pair gives its expected findings, verdict and exit code", arguments: pairNames)
    func pair(name: String) throws {
        let expected = try Self.expected(name)
        let directory = TestEnvironment.samples.appendingPathComponent(name)
        let result = try TestEnvironment.run(Self.arguments(expected, format: "json"), in: directory)
        #expect(result.status == expected.exitCode, "\(name): \(result.standardError)")
        #expect(result.standardError.isEmpty, "\(name): \(result.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let side = ["sp.xml": "sp", "idp.xml": "idp"]
        var findings: [Expected.SideFinding] = []
        for document in report["documents"] as? [[String: Any]] ?? [] {
            let source = side[document["source"] as? String ?? ""] ?? "?"
            for finding in document["findings"] as? [[String: Any]] ?? [] {
                findings.append(.init(rule: finding["rule"] as! String, severity: finding["severity"] as! String, document: source, line: finding["line"] as? Int))
            }
        }
        let pair = try #require(report["pair"] as? [String: Any])
        let pairFindings = (pair["findings"] as? [[String: Any]] ?? []).map { finding -> Expected.PairFinding in
            let related = finding["related"] as? [String: Any] ?? [:]
            return .init(rule: finding["rule"] as! String, severity: finding["severity"] as! String,
                         at: "\(side[finding["document"] as? String ?? ""] ?? "?"):\(finding["line"] as? Int ?? 0)",
                         related: "\(side[related["document"] as? String ?? ""] ?? "?"):\(related["line"] as? Int ?? 0)")
        }
        #expect(findings.sorted { $0.description < $1.description } == expected.findings.sorted { $0.description < $1.description }, "\(name)")
        #expect(pairFindings.sorted { $0.description < $1.description } == expected.pairFindings.sorted { $0.description < $1.description }, "\(name)")
        #expect(pair["verdict"] as? String == expected.verdict, "\(name)")
        // The text report opens with the verdict, in one line.
        let text = try TestEnvironment.run(Self.arguments(expected, format: "text"), in: directory)
        let first = text.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("SSO between ") && first.contains(expected.verdict == "will-work" ? ": will work" : ": will fail, because "), "\(name): \(first)")
    }
}
