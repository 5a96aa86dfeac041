import Foundation
import Testing
@testable import SAMLCheck

/// Configuration files (.samlcheck.toml / .samlcheck.json) and the options that mirror them.
@Suite struct ConfigurationTests {
    static let toml = """
    # team defaults
    profiles = ["saml2int", "REFEDS"]
    disable = ["UI-LOGO-LONG"]
    enable = ["IDP-SSO-MISSING"]

    [severity]
    MD-CONTACT-MAILTO = "error"
    'CERT-RSA-2048' = "off"   # quoted keys work too

    [thresholds]
    certificateExpiryWarningDays = 60
    maximumValidityDays = 14
    """

    static let json = """
    {"profiles": ["saml2int", "REFEDS"], "disable": ["UI-LOGO-LONG"], "enable": ["IDP-SSO-MISSING"],
     "severity": {"MD-CONTACT-MAILTO": "error", "CERT-RSA-2048": "off"},
     "thresholds": {"certificateExpiryWarningDays": 60, "maximumValidityDays": 14}}
    """

    @Test("TOML and JSON say the same thing and apply to the settings")
    func formatsAgree() throws {
        let fromTOML = try Configuration(entries: ConfigurationFile.entries(of: Self.toml, isTOML: true))
        let fromJSON = try Configuration(entries: ConfigurationFile.entries(of: Self.json, isTOML: false))
        #expect(fromTOML == fromJSON)
        var settings = RuleSettings(now: TestEnvironment.clock)
        fromTOML.apply(to: &settings)
        #expect(settings.profiles.isSuperset(of: [.saml2int, .refeds, .core]))
        #expect(settings.disabledRules == ["UI-LOGO-LONG", "CERT-RSA-2048"])
        #expect(settings.enabledRules == ["IDP-SSO-MISSING"])
        #expect(settings.severityOverrides == ["MD-CONTACT-MAILTO": .error])
        #expect(settings.thresholds.certificateExpiryWarningDays == 60)
        #expect(settings.thresholds.maximumValidityDays == 14)
        #expect(settings.thresholds.validUntilWarningDays == Thresholds().validUntilWarningDays)
    }

    @Test("README's threshold table lists every threshold with the rule that reads it")
    func readmeListsThresholds() throws {
        let readme = try String(contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for field in Thresholds.fields {
            #expect(rows.contains { $0.contains("`\(field.name)`") && $0.contains(field.rule) }, "\(field.name) (\(field.rule))")
        }
    }

    @Test("every catalogue threshold can be set by name", arguments: Configuration.thresholdNames)
    func thresholdNames(name: String) throws {
        let configuration = try Configuration(entries: ConfigurationFile.entries(of: "[thresholds]\n\(name) = 4242\n", isTOML: true))
        var settings = RuleSettings(now: TestEnvironment.clock)
        configuration.apply(to: &settings)
        let field = try #require(Configuration.thresholdField(name))
        #expect(settings.thresholds[keyPath: field] == 4242)
    }

    @Test("mistakes are errors that name the key, and the line in TOML", arguments: [
        ("profile = [\"saml2int\"]\n", true, "1: profile: unknown key"),
        ("disable = [\"NO-SUCH-RULE\"]\n", true, "disable: unknown rule ID 'NO-SUCH-RULE'"),
        ("\n[severity]\nEP-HTTPS = \"fatal\"\n", true, "3: severity.EP-HTTPS: 'fatal' is not error, warning, info or off"),
        ("[thresholds]\ncertExpiry = 3\n", true, "2: thresholds.certExpiry: unknown threshold"),
        ("[thresholds]\nclockSkewSeconds = \"3\"\n", true, "thresholds.clockSkewSeconds: must be a non-negative integer"),
        ("profiles = [\"nonsense\"]\n", true, "profiles: unknown profile 'nonsense'"),
        ("profiles = \"saml2int\"\n", true, "profiles: must be an array of strings"),
        ("disable = [\"EP-HTTPS\"]\nenable = [\"EP-HTTPS\"]\n", true, "EP-HTTPS is both enabled and disabled"),
        ("disable = [\"EP-HTTPS\"\n", true, "1: the array opened here is never closed with ]"),
        ("name = \"unclosed\n", true, "1: a string is not closed on its line"),
        ("thresholds.clockSkewSeconds = 3\n", true, "dotted keys are not supported"),
        ("severity = { EP-HTTPS = \"info\" }\n", true, "inline tables are not supported"),
        ("[severity]\n[severity]\n", true, "2: table [severity] is defined twice"),
        ("disable = bare\n", true, "'bare' is not a value"),
        ("{\"thresholds\": {\"staleCopyDays\": 1}, \"colour\": true}", false, "colour: unknown key"),
        ("[1, 2]", false, "must hold a JSON object"),
        ("{\"disable\": ", false, "not valid JSON: a value is missing at the end"),
        ("{\n  \"profiles\": [\"saml2int\"],\n  \"profiles\": []\n}", false, ":3: not valid JSON: \"profiles\" is written twice"),
        ("{\n  \"disable\": [\"EP-HTTPS\"],\n  \"colour\": true\n}", false, ":3: colour: unknown key"),
        ("{\n  \"disable\": [\"EP-HTTPS\",]\n}", false, ":2: not valid JSON"),
    ])
    func mistakes(text: String, isTOML: Bool, expected: String) {
        #expect(throws: ConfigurationError.self) { try Configuration(entries: ConfigurationFile.entries(of: text, isTOML: isTOML)) }
        do {
            _ = try Configuration(entries: ConfigurationFile.entries(of: text, isTOML: isTOML))
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("the file is found from the working directory upwards; two in one directory are refused")
    func discovery() throws {
        let root = TestScratch.path("config")
        let nested = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let toml = root.appendingPathComponent("a/.samlcheck.toml")
        try Data(Self.toml.utf8).write(to: toml)
        #expect(try ConfigurationFile.find(from: nested.path) == toml.path)
        let json = root.appendingPathComponent("a/b/.samlcheck.json")
        try Data(Self.json.utf8).write(to: json)
        #expect(try ConfigurationFile.find(from: nested.path) == json.path, "the nearest file wins")
        try Data(Self.toml.utf8).write(to: root.appendingPathComponent("a/b/.samlcheck.toml"))
        #expect(throws: ConfigurationError.self) { try ConfigurationFile.find(from: nested.path) }
        #expect(try ConfigurationFile.load(toml.path) == ConfigurationFile.load(json.path))
    }

    /// An aggregate valid for ten more days: quiet by default, a warning with a 14-day window.
    static let aggregate = ExampleMetadata.aggregate([
        ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.northwind.edu/shibboleth"),
    ], attributes: #"validUntil="2026-12-09T00:00:00Z" cacheDuration="PT6H""#)

    @Test("a threshold from the file changes what is reported; the command line wins over the file")
    func thresholdsChangeFindings() throws {
        let file = try TestEnvironment.temporaryFile(Data(Self.aggregate.utf8), name: "aggregate.xml")
        let directory = file.deletingLastPathComponent()
        let quiet = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--format", "json"], in: directory)
        #expect(!quiet.standardOutput.contains("MD-VALIDUNTIL-SOON"))
        try Data("[thresholds]\nvalidUntilWarningDays = 14\n[severity]\nMD-VALIDUNTIL-SOON = \"error\"\n".utf8)
            .write(to: directory.appendingPathComponent(".samlcheck.toml"))
        let configured = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--format", "json"], in: directory)
        #expect(configured.standardOutput.contains("\"rule\" : \"MD-VALIDUNTIL-SOON\""))
        #expect(configured.status == 1, "the severity override makes it an error")
        let overridden = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--severity", "MD-VALIDUNTIL-SOON=warning"], in: directory)
        #expect(overridden.status == 0)
        #expect(overridden.standardOutput.contains("warning MD-VALIDUNTIL-SOON"))
        let ignored = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--no-config"], in: directory)
        #expect(!ignored.standardOutput.contains("MD-VALIDUNTIL-SOON"))
        let flag = try TestEnvironment.run(["check", file.path, "--now", "2026-11-29", "--no-config", "--threshold", "validUntilWarningDays=30"], in: directory)
        #expect(flag.standardOutput.contains("warning MD-VALIDUNTIL-SOON"))
    }

    @Test("a broken configuration or option exits 2 with one line naming the key", arguments: [
        (["--threshold", "soon=3"], "--threshold soon: unknown threshold; known: validUntilWarningDays"),
        (["--threshold", "clockSkewSeconds"], "is not NAME=VALUE"),
        (["--threshold", "clockSkewSeconds=soon"], "--threshold clockSkewSeconds: must be a non-negative integer"),
        (["--disable", "NOPE"], "unknown rule ID 'NOPE'"),
        (["--severity", "EP-HTTPS=loud"], "'loud' is not error, warning, info or off"),
        (["--config", "/nonexistent/.samlcheck.toml"], "/nonexistent/.samlcheck.toml: no such file"),
    ])
    func brokenOptions(extra: [String], expected: String) throws {
        let result = try TestEnvironment.run(["check", "samples/clean-sp/metadata.xml"] + extra)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("samlcheck: "))
        #expect(result.standardError.contains(expected), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test("an unknown key in a discovered file stops the run and names the file, line and key")
    func unknownKeyInFile() throws {
        let file = try TestEnvironment.temporaryFile(Data("profiles = []\nfailOn = \"warning\"\n".utf8), name: ".samlcheck.toml")
        let result = try TestEnvironment.run(["check", TestEnvironment.samples.appendingPathComponent("clean-sp/metadata.xml").path],
                                             in: file.deletingLastPathComponent())
        #expect(result.status == 2)
        #expect(result.standardError.contains(".samlcheck.toml:2: failOn: unknown key"), "\(result.standardError)")
    }
}
