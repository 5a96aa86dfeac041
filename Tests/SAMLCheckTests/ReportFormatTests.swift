import Foundation
import Testing
@testable import SAMLCheck

/// Every machine format, produced from the same samples and checked by its consumer's rules:
/// SARIF against the OASIS schema, JUnit by an XML parser, GitHub commands by their line
/// grammar, Prometheus by the Python client's parser. Python is Debian's (/usr/bin/python3 with
/// python3-jsonschema and python3-prometheus-client, which .ci/run installs).
@Suite struct ReportFormatTests {
    static let samplePaths: [String] = SampleTests.sampleNames.map { "samples/\($0)/metadata.xml" }

    static func run(_ format: String, extra: [String] = []) throws -> ProcessResult {
        try TestEnvironment.run(["check", "--now", "2026-11-29", "--format", format] + extra + samplePaths)
    }

    /// The JSON report of the same samples: the reference the other formats are compared with.
    static func reference() throws -> [[String: Any]] {
        let result = try run("json")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return try #require(object?["documents"] as? [[String: Any]])
    }

    static func python(_ script: String, input: String) throws -> ProcessResult {
        try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script], input: Data(input.utf8))
    }

    @Test("SARIF validates against the SARIF 2.1.0 schema and carries every finding with its rule and line")
    func sarif() throws {
        let result = try Self.run("sarif")
        #expect(result.status == 1)
        let schema = try TestEnvironment.fixture("schemas/sarif-schema-2.1.0.json").path
        let validation = try Self.python("""
        import json, sys, jsonschema
        schema = json.load(open(\(String(reflecting: schema))))
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(sys.stdin))
        print("valid")
        """, input: result.standardOutput)
        #expect(validation.status == 0, "\(validation.standardError)")
        #expect(validation.standardOutput.contains("valid"))

        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == RuleRegistry.all.count)
        let results = try #require(run["results"] as? [[String: Any]])
        let documents = try Self.reference()
        let expected = documents.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        #expect(results.count == expected.count)
        for (sarifResult, finding) in zip(results, expected) {
            #expect(sarifResult["ruleId"] as? String == finding["rule"] as? String)
            let index = try #require(sarifResult["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == sarifResult["ruleId"] as? String)
            let location = try #require((sarifResult["locations"] as? [[String: Any]])?.first)
            let region = (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == finding["line"] as? Int)
            let logical = (location["logicalLocations"] as? [[String: Any]]) ?? []
            let entities = logical.filter { $0["kind"] as? String == "object" }.compactMap { $0["name"] as? String }
            #expect(entities == [finding["entityID"] as? String].compactMap { $0 })
            #expect((sarifResult["partialFingerprints"] as? [String: String])?["samlcheck/v1"] == finding["fingerprint"] as? String)
        }
        let uris = (run["artifacts"] as? [[String: Any]])?.compactMap { ($0["location"] as? [String: Any])?["uri"] as? String }
        #expect(uris == Self.samplePaths)
    }

    @Test("SARIF paths are URI references: spaces and non-ASCII are percent-encoded, absolute paths become file: URIs")
    func sarifURIs() {
        #expect(SARIFRenderer.uri(for: "samples/a b/metadata.xml") == "samples/a%20b/metadata.xml")
        #expect(SARIFRenderer.uri(for: "/tmp/métadonnées.xml") == "file:///tmp/m%C3%A9tadonn%C3%A9es.xml")
        #expect(SARIFRenderer.uri(for: "https://mdq.example.org/entities/x") == "https://mdq.example.org/entities/x")
    }

    @Test("JUnit parses as XML: one testsuite per document, one testcase per entity and one for the document")
    func junit() throws {
        let result = try Self.run("junit")
        let parsed = try Self.python("""
        import sys, json, xml.etree.ElementTree as ET
        root = ET.fromstring(sys.stdin.read())
        assert root.tag == "testsuites"
        out = []
        for suite in root.findall("testsuite"):
            cases = suite.findall("testcase")
            assert int(suite.get("tests")) == len(cases)
            assert int(suite.get("failures")) == sum(1 for c in cases if c.find("failure") is not None)
            out.append({"name": suite.get("name"), "cases": [c.get("name") for c in cases],
                        "failing": [c.get("name") for c in cases if c.find("failure") is not None],
                        "text": "".join((c.findtext("failure") or "") + (c.findtext("system-out") or "") for c in cases)})
        assert int(root.get("tests")) == sum(len(s["cases"]) for s in out)
        print(json.dumps(out))
        """, input: result.standardOutput)
        #expect(parsed.status == 0, "\(parsed.standardError)")
        let suites = try #require(try JSONSerialization.jsonObject(with: Data(parsed.standardOutput.utf8)) as? [[String: Any]])
        let documents = try Self.reference()
        #expect(suites.count == documents.count)
        for (suite, document) in zip(suites, documents) {
            #expect(suite["name"] as? String == document["source"] as? String)
            let cases = suite["cases"] as? [String] ?? []
            #expect(cases.first == "(document)")
            // One testcase per distinct entityID (a duplicated entityID is one testcase).
            let entityCount = document["entityCount"] as? Int ?? 0
            #expect(cases.count - 1 <= entityCount && (entityCount == 0 || cases.count >= 2))
            let findings = document["findings"] as? [[String: Any]] ?? []
            let failingEntities = Set(findings.filter { $0["severity"] as? String == "error" }.map { ($0["entityID"] as? String) ?? "(document)" })
            #expect(Set(suite["failing"] as? [String] ?? []) == failingEntities, "\(document["source"] ?? "")")
            for finding in findings {
                #expect((suite["text"] as? String ?? "").contains(finding["message"] as? String ?? "\u{0}"))
            }
        }
    }

    @Test("JUnit escapes markup and drops characters XML cannot carry")
    func junitEscaping() throws {
        let finding = Finding(rule: "MD-STRING-EMPTY", severity: .error, message: "bad <&> \"quoted\" \u{1} control", entityID: "https://x/?a=1&b=<2>", line: 3)
        var document = DocumentReport(source: "odd \"name\".xml", root: "EntityDescriptor", entityCount: 1, signature: .notChecked, findings: [finding])
        document.entityIDs = ["https://x/?a=1&b=<2>"]
        let xml = JUnitRenderer.render(Report(documents: [document]), run: RunDescription(now: TestEnvironment.clock, profiles: []), failOn: .error)
        let parsed = try Self.python("""
        import sys, xml.etree.ElementTree as ET
        root = ET.fromstring(sys.stdin.read())
        case = root.find("testsuite").findall("testcase")[1]
        print(case.get("name")); print(case.findtext("failure"))
        """, input: xml)
        #expect(parsed.status == 0, "\(parsed.standardError)")
        #expect(parsed.standardOutput.contains("https://x/?a=1&b=<2>"))
        #expect(parsed.standardOutput.contains("bad <&> \"quoted\" \u{FFFD} control"))
    }

    @Test("the text report streams in pieces of about 64 KiB that add up to the rendered report")
    func textStreams() throws {
        // Findings of a real check of a real sample, repeated as an aggregate's report would be.
        let url = TestEnvironment.samples.appendingPathComponent("idp-expired-weak-certificate/metadata.xml")
        let checked = try TestEnvironment.checker().check(bytes: Array(try Data(contentsOf: url)), source: "idp.xml")
        #expect(!checked.findings.isEmpty)
        var findings: [Finding] = []
        for copy in 0..<2_000 {
            findings += checked.findings.map {
                Finding(rule: $0.rule, severity: $0.severity, message: $0.message, entityID: "https://idp\(copy).example.edu/idp",
                        line: $0.line, path: $0.path, hint: $0.hint)
            }
        }
        // A rule's findings may carry a hint of their own: each distinct hint is shown once.
        let rule = try #require(checked.findings.first?.rule)
        for copy in 0..<3 {
            findings.append(Finding(rule: rule, severity: .info, message: "Special case.", entityID: "https://idp\(copy).example.edu/idp",
                                    line: nil, path: nil, hint: "A hint of its own."))
        }
        let document = DocumentReport(source: "aggregate.xml", root: "EntitiesDescriptor", entityCount: 2_000, signature: .notChecked, findings: findings)
        let report = Report(documents: [document, checked])
        let run = RunDescription(now: TestEnvironment.clock, profiles: [])
        var pieces: [String] = []
        ReportFormat.text.write(report, run: run, failOn: .error) { pieces.append($0) }
        let text = pieces.joined()
        #expect(text == ReportFormat.text.render(report, run: run, failOn: .error))
        // Hints once per document: each of the sample's hints in both documents, the special one in the first.
        for hint in Set(checked.findings.compactMap(\.hint)) {
            #expect(text.components(separatedBy: "hint: " + hint + "\n").count - 1 == 2, "\(hint)")
        }
        #expect(text.components(separatedBy: "hint: A hint of its own.\n").count - 1 == 1)
        #expect(text.components(separatedBy: "aggregate.xml:").count - 1 == findings.count)
        #expect(pieces.count > 10)
        #expect(pieces.allSatisfy { $0.utf8.count < (64 << 10) + 4096 }, "\(pieces.map(\.utf8.count).max() ?? 0)")
        // JSON and SARIF stream too (StreamingReportTests checks their bytes); JUnit is handed over whole.
        var json: [String] = []
        ReportFormat.json.write(report, run: run, failOn: .error) { json.append($0) }
        #expect(json.count > 10 && json.joined() == ReportFormat.json.render(report, run: run, failOn: .error))
        var junit: [String] = []
        ReportFormat.junit.write(report, run: run, failOn: .error) { junit.append($0) }
        #expect(junit == [ReportFormat.junit.render(report, run: run, failOn: .error)])
    }

    @Test("GitHub workflow commands: one annotation line per finding, escaped, then a summary")
    func github() throws {
        let result = try Self.run("github")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let documents = try Self.reference()
        let findings = documents.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        #expect(lines.count == findings.count + 1)
        let grammar = #"^::(error|warning|notice) file=[^,:]+(,line=[0-9]+)?,title=[^:,]+::[^\r\n]*$"#
        for (line, finding) in zip(lines, findings) {
            #expect(line.range(of: grammar, options: .regularExpression) != nil, "\(line)")
            #expect(line.contains("title=\(finding["rule"] as? String ?? "")"))
        }
        #expect(lines.last?.hasPrefix("samlcheck: ") == true)
        #expect(GitHubRenderer.data("50% done\nnext") == "50%25 done%0Anext")
        #expect(GitHubRenderer.property("a:b,c") == "a%3Ab%2Cc")
    }

    @Test("Prometheus text format parses with the Prometheus client and carries expiry, validity, signature and counts")
    func prometheus() throws {
        let result = try TestEnvironment.run(["check", "--now", "2026-11-29", "--format", "prometheus", "samples/clean-sp/metadata.xml",
                                              "samples/aggregate-edited-after-signing/metadata.xml", "samples/idp-expired-weak-certificate/metadata.xml"])
        let parsed = try Self.python("""
        import sys, json
        from prometheus_client.parser import text_string_to_metric_families
        out = {}
        for family in text_string_to_metric_families(sys.stdin.read()):
            assert family.type == "gauge", family.name
            seen = set()
            for sample in family.samples:
                key = tuple(sorted(sample.labels.items()))
                assert key not in seen, (family.name, key)
                seen.add(key)
                out.setdefault(family.name, []).append({"labels": sample.labels, "value": sample.value})
        print(json.dumps(out))
        """, input: result.standardOutput)
        #expect(parsed.status == 0, "\(parsed.standardError)")
        let families = try #require(try JSONSerialization.jsonObject(with: Data(parsed.standardOutput.utf8)) as? [String: [[String: Any]]])
        let expiry = try #require(families["samlcheck_certificate_expiry_seconds"])
        let weak = try #require(expiry.first { ($0["labels"] as? [String: String])?["entity"] == "https://idp.southbay.edu/idp/shibboleth" })
        #expect(weak["value"] as? Double == 1_767_225_600, "expired 2026-01-01")
        #expect((weak["labels"] as? [String: String])?["role"] == "IDPSSODescriptor")
        #expect((weak["labels"] as? [String: String])?["use"] == "signing")
        #expect((weak["labels"] as? [String: String])?["fingerprint"]?.hasPrefix("SHA256:") == true)
        let validity = try #require(families["samlcheck_metadata_valid_until_seconds"])
        #expect(validity.contains { ($0["labels"] as? [String: String])?["source"] == "samples/aggregate-edited-after-signing/metadata.xml" && $0["value"] as? Double == 2_082_758_400 })
        let signature = try #require(families["samlcheck_signature_valid"])
        #expect(signature.count == 3 && signature.allSatisfy { $0["value"] as? Double == 0 })
        let counts = try #require(families["samlcheck_findings"])
        #expect(counts.contains { ($0["labels"] as? [String: String]) == ["source": "samples/aggregate-edited-after-signing/metadata.xml", "severity": "error"] && $0["value"] as? Double == 1 })
        #expect(PrometheusRenderer.escaped("a\"b\\c\nd") == "a\\\"b\\\\c\\nd")
    }

    @Test("a baseline survives re-indentation and lets exactly the new defect through")
    func baselineRoundTrip() throws {
        let original = try String(contentsOf: TestEnvironment.samples.appendingPathComponent("sp-legacy-encryption/metadata.xml"), encoding: .utf8)
        let file = try TestEnvironment.temporaryFile(Data(original.utf8), name: "metadata.xml")
        let directory = file.deletingLastPathComponent()
        let baseline = directory.appendingPathComponent("baseline.json").path
        let written = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--write-baseline", baseline])
        #expect(written.status == 0, "writing a baseline accepts the current findings")
        let recorded = try Baseline.load(baseline)
        #expect(recorded.entries.count >= 4)

        // Re-indented (every line two spaces deeper, blank lines between elements): lines move, nothing new.
        let reindented = original.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("<?xml") || $0.isEmpty ? String($0) : "  " + $0 + ($0.hasSuffix(">") && !$0.contains("X509") ? "\n" : "") }
            .joined(separator: "\n")
        try Data(reindented.utf8).write(to: file)
        let quiet = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--baseline", baseline, "--format", "json"])
        #expect(quiet.status == 0, "\(quiet.standardOutput)")
        let quietReport = try #require(try JSONSerialization.jsonObject(with: Data(quiet.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(quietReport["summary"] as? [String: Any])
        #expect(summary["error"] as? Int == 0 && summary["warning"] as? Int == 0 && summary["info"] as? Int == 0)
        #expect(summary["suppressed"] as? Int == recorded.entries.count)

        // One new defect: an http ACS.
        let broken = reindented.replacingOccurrences(of: "Location=\"https://hr.northwind.edu/saml/acs\"", with: "Location=\"http://hr.northwind.edu/saml/acs\"")
        #expect(broken != reindented)
        try Data(broken.utf8).write(to: file)
        let loud = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--baseline", baseline, "--format", "json"])
        let loudReport = try #require(try JSONSerialization.jsonObject(with: Data(loud.standardOutput.utf8)) as? [String: Any])
        let findings = ((loudReport["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        #expect(findings.count == 1, "\(findings.map { $0["rule"] ?? "" })")
        #expect(findings.first?["rule"] as? String == "EP-HTTPS")
    }

    @Test("several --format/--output pairs in one run; the terminal gets the summary; files are complete")
    func severalOutputs() throws {
        let directory = try TestEnvironment.temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let sarif = directory.appendingPathComponent("report.sarif").path
        let junit = directory.appendingPathComponent("report.xml").path
        let prom = directory.appendingPathComponent("saml.prom").path
        let result = try TestEnvironment.run(["check", "--now", "2026-11-29", "samples/sp-redirect-acs/metadata.xml",
                                              "--output", sarif, "--output", junit, "--format", "sarif", "--format", "junit",
                                              "--output", prom, "--format", "prometheus"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("1 document, 1 entity: 1 error"))
        #expect(!result.standardOutput.contains("hint:"), "only the summary goes to the terminal")
        #expect(try String(contentsOfFile: sarif, encoding: .utf8).contains("\"version\" : \"2.1.0\""))
        #expect(try String(contentsOfFile: junit, encoding: .utf8).hasPrefix("<?xml"))
        #expect(try String(contentsOfFile: prom, encoding: .utf8).contains("samlcheck_findings{"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        let inferred = try TestEnvironment.run(["check", "--now", "2026-11-29", "samples/clean-sp/metadata.xml", "--output", sarif, "--output", "-"],
                                               in: nil)
        #expect(inferred.status == 2, "- has no extension to infer a format from")
    }

    @Test("output mistakes exit 2 with one line", arguments: [
        (["--format", "sarif", "--format", "junit"], "several --format options need one --output each"),
        (["--output", "report.unknown"], "cannot tell the format"),
        (["--output", "/nonexistent-dir/report.sarif"], "cannot write /nonexistent-dir/report.sarif"),
        (["--baseline", "/"], "baseline / cannot be read"),
        (["--format", "yaml"], "yaml"),
    ])
    func outputMistakes(extra: [String], expected: String) throws {
        let result = try TestEnvironment.run(["check", "samples/clean-sp/metadata.xml"] + extra)
        #expect(result.status == 2)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error"))
    }
}
