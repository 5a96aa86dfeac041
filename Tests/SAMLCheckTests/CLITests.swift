import Foundation
import Testing
@testable import SAMLCheck

/// The command-line interface: exit codes, formats, errors in one line.
@Suite struct CLITests {
    static let clean = "samples/clean-sp/metadata.xml"
    static let broken = "samples/sp-redirect-acs/metadata.xml"

    func run(_ arguments: [String], input: Data? = nil) throws -> ProcessResult {
        try TestEnvironment.run(arguments, input: input, in: TestEnvironment.repositoryRoot)
    }

    @Test("a clean sample exits 0, a broken one 1, with its findings in the text report")
    func exitCodes() throws {
        let clean = try run(["check", Self.clean, "--now", "2026-11-29"])
        #expect(clean.status == 0)
        #expect(clean.standardOutput.contains("0 errors"))
        let broken = try run(["check", Self.broken, "--now", "2026-11-29"])
        #expect(broken.status == 1)
        #expect(broken.standardOutput.contains("\(Self.broken):36: error EP-BINDING-ACS"))
        #expect(broken.standardOutput.contains("hint: "))
    }

    @Test("check is the default command, and several paths make one report")
    func defaultCommandAndSeveralPaths() throws {
        let result = try run([Self.clean, Self.broken, "--now", "2026-11-29"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("2 documents"))
    }

    @Test("--timings prints every phase with its milliseconds and memory on standard error, lanes marked")
    func timingsTable() throws {
        let result = try run(["check", "--timings", Self.clean, "--now", "2026-11-29"])
        let rows = result.standardError.split(separator: "\n").map(String.init)
        let header = try #require(rows.firstIndex { $0.hasPrefix("phase") })
        #expect(rows[header].hasSuffix("ms   RSS MiB"))
        var phases: [String: (milliseconds: Int, memory: String)] = [:]
        for row in rows[(header + 1)...] {
            let fields = row.split(separator: " ").map(String.init)
            guard fields.count >= 3, let milliseconds = Int(fields[fields.count - 2]) else { continue }
            phases[fields.dropLast(2).joined(separator: " ")] = (milliseconds, fields[fields.count - 1])
            // Columns line up: every row is as wide as the header.
            #expect(row.count == rows[header].count, "\(row)")
        }
        for name in ["parse", "║1 model", "║1 signature", "║2 schema", "║2 certificates", "║2 rules", "rules on verdict", "render"] {
            let phase = try #require(phases[name], "no \(name) row in \(result.standardError)")
            #expect(phase.milliseconds >= 0)
            #expect(Int(phase.memory).map { $0 > 0 } == true, "\(name): \(phase.memory)")
        }
        let total = try #require(phases["total (wall)"])
        #expect(total.milliseconds >= phases["parse", default: (0, "")].milliseconds)
        // The report itself is unchanged on standard output.
        #expect(result.standardOutput.contains("1 document, 1 entity"))
    }

    @Test("libcurl is loaded by the first fetch, never by a check of local files")
    func libcurlLoadedOnlyToFetch() throws {
        // glibc's loader names every library it maps when LD_DEBUG=files is set.
        var environment = ProcessInfo.processInfo.environment
        environment["LD_DEBUG"] = "files"
        let local = try TestEnvironment.runProgram(TestEnvironment.executable, ["check", Self.clean, "--now", "2026-11-29"],
                                                   in: TestEnvironment.repositoryRoot, environment: environment)
        #expect(local.status == 0)
        #expect(local.standardError.contains("libxml2.so"), "LD_DEBUG had no effect: \(local.standardError.prefix(300))")
        #expect(!local.standardError.contains("libcurl.so"))
        let fetch = try TestEnvironment.runProgram(TestEnvironment.executable, ["check", "http://127.0.0.1:1/metadata.xml"],
                                                   in: TestEnvironment.repositoryRoot, environment: environment)
        #expect(fetch.status == 2)
        #expect(fetch.standardError.contains("libcurl.so.4"))
        #expect(fetch.standardError.contains("connection refused"))
    }

    @Test("--fail-on moves the threshold; never always exits 0")
    func failOn() throws {
        #expect(try run(["check", Self.clean, "--now", "2026-11-29", "--fail-on", "warning"]).status == 1)
        #expect(try run(["check", Self.broken, "--now", "2026-11-29", "--fail-on", "never"]).status == 0)
        #expect(try run(["check", Self.clean, "--now", "2026-11-29", "--fail-on", "sometimes"]).status == 2)
    }

    @Test("JSON output has the documented shape and is byte-identical for the same clock")
    func jsonOutput() throws {
        let first = try run(["check", Self.broken, "--now", "2026-11-29T00:00:00Z", "--format", "json"])
        let second = try run(["check", Self.broken, "--now", "2026-11-29T00:00:00Z", "--format", "json"])
        #expect(first.standardOutput == second.standardOutput)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        let document = try #require(documents.first)
        #expect(document["source"] as? String == Self.broken)
        #expect((document["signature"] as? [String: Any])?["status"] as? String == "absent")
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "message", "entityID", "line", "path", "hint", "fingerprint"])
        }
        let binding = try #require(findings.first { $0["rule"] as? String == "EP-BINDING-ACS" })
        #expect(binding["entityID"] as? String == "https://app.northwind.edu/saml/metadata")
        #expect(binding["line"] as? Int == 36)
        #expect(binding["severity"] as? String == "error")
        #expect(binding["path"] as? String == "/EntityDescriptor[@entityID='https://app.northwind.edu/saml/metadata']/SPSSODescriptor/AssertionConsumerService")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["error"] as? Int == 1)
        // IDX-DEFAULT-EFFECTIVE on the same ACS is folded into EP-BINDING-ACS: one cause, one finding.
        #expect(summary["warning"] as? Int == 1)
        #expect(summary["info"] as? Int == 2)
        #expect(!findings.contains { $0["rule"] as? String == "IDX-DEFAULT-EFFECTIVE" })
    }

    @Test("standard input is read with -; empty input cannot be checked and says so")
    func standardInput() throws {
        let xml = try Data(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent(Self.broken))
        let piped = try run(["check", "-", "--now", "2026-11-29"], input: xml)
        #expect(piped.status == 1)
        #expect(piped.standardOutput.contains("-:36: error EP-BINDING-ACS"))
        let empty = try run(["check", "-"], input: Data())
        #expect(empty.status == 2)
        #expect(empty.standardOutput.isEmpty)
        #expect(empty.standardError == "samlcheck: cannot read -: it is empty\n")
    }

    @Test("unreadable input and bad usage exit 2 with one line on stderr and no stack trace", arguments: [
        ["check", "does-not-exist.xml"],
        ["check", "samples", "--include", "*.none"],
        ["check", "--bogus", Self.clean],
        ["check"],
        ["check", Self.clean, "--now", "soon"],
        ["check", Self.clean, "--profile", "nonsense"],
        ["check", Self.clean, "--entity", "https://nobody.example.org"],
        ["explain", "NO-SUCH-RULE"],
        ["check", Self.clean, "--max-bytes", "10"],
    ])
    func couldNotRun(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let firstLine = result.standardError.split(separator: "\n").first ?? ""
        #expect(firstLine.hasPrefix("samlcheck: ") || firstLine.hasPrefix("Error: "), "\(result.standardError)")
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test("--entity checks one entity of an aggregate")
    func entityFilter() throws {
        let result = try run(["check", "samples/aggregate-duplicate-entityid/metadata.xml", "--now", "2026-11-29",
                              "--entity", "https://idp.northwind.edu/idp/shibboleth", "--format", "json"])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("\"entityCount\" : 1"))
        #expect(!result.standardOutput.contains("MD-ENTITYID-DUPLICATE"))
    }

    @Test("a DOCTYPE document is refused quickly, and /etc/passwd never appears")
    func doctypeRefused() throws {
        let result = try run(["check", "samples/doctype-xxe/metadata.xml", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.seconds < 5)
        #expect(result.standardOutput.contains("MD-DTD-PRESENT"))
        #expect(!result.standardOutput.contains("root:x:0:0"))
    }

    @Test("rules lists every rule; explain prints documentation and examples")
    func rulesAndExplain() throws {
        let rules = try run(["rules"])
        #expect(rules.status == 0)
        for type in RuleRegistry.all { #expect(rules.standardOutput.contains(type.description.id)) }
        let json = try run(["rules", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.count == RuleRegistry.all.count)

        let explain = try run(["explain", "MD-ROOT-ELEMENT"])
        #expect(explain.status == 0)
        for heading in ["MD-ROOT-ELEMENT", "severity", "META §2.3", "Why it matters", "How to fix it", "Example that triggers it", "Example that does not"] {
            #expect(explain.standardOutput.contains(heading), "missing \(heading)")
        }
        #expect(explain.standardOutput.contains("  > "), "the triggering line is marked")
    }

    @Test("--help and --version exit 0")
    func helpAndVersion() throws {
        #expect(try run(["--help"]).status == 0)
        #expect(try run(["--version"]).standardOutput.contains(SAMLCheckVersion.current))
    }

    @Test("--output to /dev/null or a named pipe writes through it and never replaces it with a file")
    func outputToDevicesAndPipes() throws {
        let result = try run(["check", Self.clean, "--format", "json", "--output", "/dev/null"])
        #expect(result.status == 0, "\(result.standardError)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "/dev/null is no longer a device")

        let directory = try TestEnvironment.temporaryFile(Data(), name: "unused").deletingLastPathComponent()
        let pipe = directory.appendingPathComponent("report.pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // A reader on the other end, as a CI step piping the report onwards would have.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [pipe]
        let received = Pipe()
        reader.standardOutput = received
        try reader.run()
        let written = try run(["check", Self.clean, "--format", "json", "--output", pipe])
        let stillAPipe = stat(pipe, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO
        // A replaced pipe never gets a writer: end the reader instead of waiting for it forever.
        if !stillAPipe { reader.terminate() }
        let text = String(decoding: received.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(stillAPipe, "the pipe was replaced by a file")
        #expect(written.status == 0, "\(written.standardError)")
        #expect(text.hasPrefix("{") && text.contains("\"documents\""))
    }
}
