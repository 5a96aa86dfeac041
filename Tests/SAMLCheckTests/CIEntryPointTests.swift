import Foundation
import Testing
@testable import SAMLCheck

/// What CI systems call: the GitHub Action (action.yml and the script its check step runs), the
/// job summary `--format github` writes in GitHub Actions, and the pre-commit hook.
@Suite struct CIEntryPointTests {
    static let root = TestEnvironment.repositoryRoot

    static func scratch() throws -> URL {
        try TestEnvironment.temporaryFile(Data(), name: "unused").deletingLastPathComponent()
    }

    /// The environment of a step: this process's, plus the given variables.
    static func environment(_ extra: [String: String]) -> [String: String] {
        ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GITHUB_") && !$0.key.hasPrefix("INPUT_") }
            .merging(extra) { $1 }
    }

    @Test("--format github in GitHub Actions appends a Markdown summary to $GITHUB_STEP_SUMMARY")
    func jobSummary() throws {
        let summary = try Self.scratch().appendingPathComponent("summary.md")
        try Data("an earlier step's summary\n".utf8).write(to: summary)
        let result = try TestEnvironment.runProgram(TestEnvironment.executable,
                                                    ["check", "samples/contacts-without-mailto/metadata.xml", "samples/aggregate-expired/metadata.xml",
                                                     "--now", "2026-11-29", "--format", "github"],
                                                    in: Self.root, environment: Self.environment(["GITHUB_STEP_SUMMARY": summary.path]))
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("::error file=samples/contacts-without-mailto/metadata.xml,line=49"))
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("an earlier step's summary\n"), "the summary is appended, never replaced")
        #expect(text.contains("## samlcheck: 3 errors, 6 warnings, 3 info"))
        #expect(text.contains("| Document | Entities | Signature | Errors | Warnings | Info |"))
        #expect(text.contains("| samples/aggregate-expired/metadata.xml | 2 | absent | 1 | 1 | 1 |"))
        #expect(text.contains("| `MD-VALIDUNTIL-EXPIRED` | 1 | 0 | 0 | validUntil has not passed |"))

        // Other formats write no summary, even in Actions.
        let untouched = try Self.scratch().appendingPathComponent("summary.md")
        _ = try TestEnvironment.runProgram(TestEnvironment.executable, ["check", "samples/clean-sp/metadata.xml", "--format", "json"],
                                           in: Self.root, environment: Self.environment(["GITHUB_STEP_SUMMARY": untouched.path]))
        #expect(!FileManager.default.fileExists(atPath: untouched.path))
    }

    @Test("metadata text cannot become Markdown or HTML in the summary, and long lists stop")
    func summaryEscapingAndLimits() throws {
        #expect(GitHubStepSummary.cell("a|b <img src=x> [l](javascript:x) `c` *d*\nnext")
                == "a\\|b &lt;img src=x&gt; \\[l\\](javascript:x) \\`c\\` \\*d\\* next")
        let findings = (0..<500).map { Finding(rule: "EP-HTTPS", severity: .error, message: "m\($0)", entityID: "https://e\($0)", line: $0 + 1) }
        let report = Report(documents: [DocumentReport(source: "big.xml", root: "EntitiesDescriptor", entityCount: 500, signature: .notChecked, findings: findings)])
        let text = GitHubStepSummary.render(report, run: RunDescription(now: TestEnvironment.clock, profiles: [.core]))
        #expect(text.components(separatedBy: "| big.xml:").count - 1 == GitHubStepSummary.findingRows)
        #expect(text.contains("… and 450 more"))
    }

    @Test("the action's check step: globs, SARIF, HTML, summary, fail-on, trust and a path that matches nothing")
    func actionScript() throws {
        let scratch = try Self.scratch()
        let script = Self.root.appendingPathComponent("scripts/github-action")
        func step(_ inputs: [String: String]) throws -> ProcessResult {
            var variables = ["SAMLCHECK": TestEnvironment.executable.path, "GITHUB_STEP_SUMMARY": scratch.appendingPathComponent("summary.md").path]
            for (name, value) in inputs { variables["INPUT_" + name] = value }
            return try TestEnvironment.runProgram(URL(fileURLWithPath: "/bin/bash"), [script.path], in: Self.root, environment: Self.environment(variables))
        }
        let sarif = scratch.appendingPathComponent("out.sarif"), html = scratch.appendingPathComponent("out.html")
        let run = try step(["PATHS": "samples/aggregate-*/metadata.xml\nsamples/clean-sp/metadata.xml", "FAIL_ON": "never",
                            "SARIF": sarif.path, "HTML": html.path, "PROFILE": "saml2int", "ARGS": "--now 2026-11-29"])
        #expect(run.status == 0, "fail-on never: \(run.standardError)")
        #expect(run.standardOutput.contains("::error file=samples/aggregate-expired/metadata.xml,line=3"))
        #expect(run.standardOutput.contains("samlcheck: 6 documents"), "the glob found the five aggregate samples and clean-sp")
        let log = try JSONSerialization.jsonObject(with: Data(contentsOf: sarif)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.count ?? 0
        #expect(results > 10)
        #expect(try String(contentsOf: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try String(contentsOf: scratch.appendingPathComponent("summary.md"), encoding: .utf8).contains("| Document |"))

        // The default fail-on is error.
        #expect(try step(["PATHS": "samples/aggregate-expired/metadata.xml", "SARIF": ""]).status == 1)
        // A trust anchor makes an unsigned document an error: clean-sp alone has no errors otherwise.
        #expect(try step(["PATHS": "samples/clean-sp/metadata.xml", "SARIF": ""]).status == 0)
        let trusted = try step(["PATHS": "samples/clean-sp/metadata.xml", "SARIF": "",
                                "TRUST": "Tests/SAMLCheckTests/Fixtures/corpus/python-xmlsec/rsacert.pem"])
        #expect(trusted.status == 1 && trusted.standardOutput.contains("::error"), "\(trusted.standardError)")
        // A glob that matches nothing is a one-line error and exit 2, not a check of nothing.
        let nothing = try step(["PATHS": "samples/no-such-*/metadata.xml"])
        #expect(nothing.status == 2)
        #expect(nothing.standardError.split(separator: "\n").count == 1 && nothing.standardError.contains("names no file"))
    }

    @Test("action.yml declares every input its steps use, and passes each to the script")
    func actionDefinition() throws {
        let check = """
        import re, sys, yaml
        action = yaml.safe_load(open("action.yml"))
        inputs = set(action["inputs"])
        assert action["runs"]["using"] == "composite", "not a composite action"
        used = set()
        for step in action["runs"]["steps"]:
            for value in list(step.get("env", {}).values()) + [step.get("run", "")] + list(step.get("with", {}).values()):
                used |= set(re.findall(r"inputs\\.([a-z-]+)", str(value)))
        assert used <= inputs, "undeclared inputs: %s" % (used - inputs)
        assert {"paths", "trust", "profile", "fail-on", "sarif"} <= inputs, "missing inputs"
        step = [s for s in action["runs"]["steps"] if "github-action" in s.get("run", "")][0]
        script = open("scripts/github-action").read()
        needed = set(re.findall(r"INPUT_[A-Z_]+", script))
        assert needed <= set(step["env"]), "not passed: %s" % (needed - set(step["env"]))
        assert all(step["env"]["INPUT_" + name.upper().replace("-", "_")] == "${{ inputs.%s }}" % name for name in inputs)
        print("ok")
        """
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", check], in: Self.root)
        #expect(result.status == 0 && result.standardOutput == "ok\n", "\(result.standardError)")
    }

    @Test("the pre-commit hook selects metadata files and its entry runs")
    func preCommitHook() throws {
        let check = """
        import json, re, yaml
        hooks = yaml.safe_load(open(".pre-commit-hooks.yaml"))
        hook = [h for h in hooks if h["id"] == "samlcheck"][0]
        pattern = re.compile(hook["files"])
        print(json.dumps({"entry": hook["entry"], "language": hook["language"],
                          "selected": [p for p in ["samples/clean-sp/metadata.xml", "idp-metadata.xml", "SP.Metadata.XML", "pom.xml",
                                                   "metadata/readme.md", "metadata/sp.xml"] if pattern.search(p)]}))
        """
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", check], in: Self.root)
        let hook = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(hook?["language"] as? String == "swift")
        #expect(hook?["selected"] as? [String] == ["samples/clean-sp/metadata.xml", "idp-metadata.xml", "SP.Metadata.XML"])
        let entry = (hook?["entry"] as? String ?? "").split(separator: " ").map(String.init)
        #expect(entry.first == "samlcheck")
        // pre-commit appends the selected files to the entry.
        let clean = try TestEnvironment.run(Array(entry.dropFirst()) + ["samples/clean-sp/metadata.xml"], in: Self.root)
        #expect(clean.status == 0, "\(clean.standardOutput)")
        let broken = try TestEnvironment.run(Array(entry.dropFirst()) + ["samples/clean-sp/metadata.xml", "samples/duplicate-ids/metadata.xml"], in: Self.root)
        #expect(broken.status == 1)
    }
}
