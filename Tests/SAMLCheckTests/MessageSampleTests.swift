import Foundation
import Testing
@testable import SAMLCheck

/// Every `samples/message-*` directory holds a SAML message (signed and encrypted by xmlsec1 with
/// throw-away keys, see scripts/make-message-samples), the IdP's and SP's metadata, and
/// expected.json: what `samlcheck message` must say about each message it finds, and its exit code.
@Suite struct MessageSampleTests {
    struct Expected: Decodable {
        struct Document: Decodable {
            var verdict: String
            var type: String
            var signature: String
            var findings: [Finding]
        }
        struct Finding: Decodable, Hashable, CustomStringConvertible {
            var rule: String
            var severity: String
            var line: Int?
            var description: String { "\(rule)@\(line ?? 0) \(severity)" }
        }
        var description: String
        var message: String
        var now: String
        var arguments: [String]
        var exitCode: Int32
        var documents: [Document]
    }

    static let names: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestEnvironment.samples.path)) ?? []
        return names.filter { $0.hasPrefix("message-") }.sorted()
    }()

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: TestEnvironment.samples.appendingPathComponent("\(name)/expected.json")))
    }

    @Test("at least eight message samples: accepted and rejected, every input kind the issue names")
    func coverage() throws {
        #expect(Self.names.count >= 8, "\(Self.names)")
        let all = try Self.names.map(Self.expected)
        #expect(all.contains { $0.exitCode == 0 } && all.contains { $0.exitCode == 1 })
        let rules = Set(all.flatMap { $0.documents.flatMap { $0.findings.map(\.rule) } })
        for rule in ["RESP-SC-EXPIRED", "RESP-AUDIENCE", "RESP-SIG-WRAPPING", "RESP-DECRYPT", "REQ-ACS-URL"] {
            #expect(rules.contains(rule), "no sample shows \(rule)")
        }
        let files = Set(all.map { ($0.message as NSString).pathExtension })
        #expect(files.isSuperset(of: ["xml", "b64", "url", "har"]), "\(files)")
    }

    @Test("each message sample gives its expected verdicts, findings and exit code", arguments: names)
    func sample(name: String) throws {
        let expected = try Self.expected(name)
        let directory = TestEnvironment.samples.appendingPathComponent(name)
        let result = try TestEnvironment.run(["message", expected.message, "--now", expected.now, "--no-config", "--format", "json"] + expected.arguments,
                                             in: directory)
        #expect(result.status == expected.exitCode, "\(name): \(result.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(name)")
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(documents.count == expected.documents.count, "\(name)")
        for (document, wanted) in zip(documents, expected.documents) {
            let message = try #require(document["message"] as? [String: Any], "\(name)")
            #expect(message["verdict"] as? String == wanted.verdict, "\(name)")
            #expect(message["type"] as? String == wanted.type, "\(name)")
            #expect((message["signature"] as? [String: Any])?["status"] as? String == wanted.signature, "\(name)")
            let findings = (document["findings"] as? [[String: Any]] ?? []).map {
                Expected.Finding(rule: $0["rule"] as? String ?? "", severity: $0["severity"] as? String ?? "", line: $0["line"] as? Int)
            }
            #expect(Set(findings) == Set(wanted.findings), "\(name): got \(findings), expected \(wanted.findings)")
        }
        // The text report starts with the verdict of the first message.
        let text = try TestEnvironment.run(["message", expected.message, "--now", expected.now, "--no-config"] + expected.arguments, in: directory)
        #expect(text.standardOutput.hasPrefix(expected.documents[0].verdict == "accepted" ? "ACCEPTED " : "REJECTED "), "\(name)")
        // The HTML page says it in a banner, with every finding.
        let html = try TestEnvironment.run(["message", expected.message, "--now", expected.now, "--no-config", "--format", "html"] + expected.arguments,
                                           in: directory)
        #expect(html.standardOutput.contains("<strong>\(expected.documents[0].verdict)</strong>"), "\(name)")
        for rule in Set(expected.documents.flatMap { $0.findings.map(\.rule) }) {
            #expect(html.standardOutput.contains(rule), "\(name): \(rule) not in the HTML report")
        }
    }
}
