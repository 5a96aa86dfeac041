import Foundation
import Testing
@testable import SAMLCheck

/// `samlcheck pair` as a user runs it: inputs that cannot be paired, aggregates, the AuthnRequest
/// in every encoding, URLs served by a real server, and the pair in every report format.
@Suite(.serialized) struct PairTests {
    static let samples = TestEnvironment.samples
    static let mattermostSP = samples.appendingPathComponent("pair-mattermost-entra/sp.xml").path
    static let entraIdP = samples.appendingPathComponent("pair-mattermost-entra/idp.xml").path
    static let acsBroken = samples.appendingPathComponent("pair-broken-acs-binding")

    static func pair(_ arguments: [String], input: Data? = nil) throws -> ProcessResult {
        try TestEnvironment.run(["pair", "--now", "2026-11-29T00:00:00Z", "--no-config"] + arguments, input: input)
    }

    static func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    static func pairObject(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try json(result)["pair"] as? [String: Any])
    }

    static func pairRules(_ result: ProcessResult) throws -> [String] {
        (try pairObject(result)["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    @Test("inputs that cannot be paired exit 2 with one line naming the problem", arguments: [
        (["--sp", "/nonexistent/sp.xml", "--idp", entraIdP], "/nonexistent/sp.xml"),
        (["--sp", mattermostSP, "--idp", entraIdP, "--sp-entity", "https://nowhere.example/sp"], "no entity with entityID 'https://nowhere.example/sp'"),
        (["--sp", entraIdP, "--idp", entraIdP], "holds no SPSSODescriptor"),
        (["--sp", mattermostSP, "--idp", mattermostSP], "holds no IDPSSODescriptor"),
        (["--sp", mattermostSP, "--idp", try! TestEnvironment.fixture("corpus/pysaml2/swamid-1.0.xml").path], "choose one with --idp-entity"),
        (["--sp", mattermostSP, "--idp", TestEnvironment.samples.appendingPathComponent("malformed-xml/metadata.xml").path], "cannot be read as metadata"),
        (["--sp", "-", "--idp", "-"], "standard input (-) can be read only once"),
        (["--sp", mattermostSP, "--idp", entraIdP, "--acs-url", "https://a", "--request", "r.xml"], "not both"),
    ])
    func cannotRun(arguments: [String], says: String) throws {
        let result = try Self.pair(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        #expect(result.standardError.contains(says), "\(result.standardError)")
    }

    @Test("an aggregate side is the entity chosen with --idp-entity, and only its findings are listed")
    func aggregateSide() throws {
        let feed = try TestEnvironment.fixture("corpus/pysaml2/swamid-1.0.xml").path
        let result = try Self.pair(["--sp", Self.mattermostSP, "--idp", feed, "--idp-entity", "https://idp.hig.se/idp/shibboleth", "--format", "json"])
        #expect(result.status != 2, "\(result.standardError)")
        let documents = try #require(try Self.json(result)["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        #expect(documents[1]["entityCount"] as? Int == 1)
        let entities = Set((documents[1]["findings"] as? [[String: Any]] ?? []).compactMap { $0["entityID"] as? String })
        #expect(entities.isSubset(of: ["https://idp.hig.se/idp/shibboleth"]), "\(entities)")
        #expect(try Self.pairObject(result)["idp"].flatMap { ($0 as? [String: Any])?["entityID"] as? String } == "https://idp.hig.se/idp/shibboleth")
    }

    /// An AuthnRequest as Mattermost sends it, for `url`.
    static func authnRequest(acsURL: String?, format: String? = nil) -> String {
        let acs = acsURL.map { #" AssertionConsumerServiceURL="\#($0)""# } ?? ""
        let policy = format.map { #"<samlp:NameIDPolicy Format="\#($0)" AllowCreate="true"/>"# } ?? #"<samlp:NameIDPolicy AllowCreate="true"/>"#
        return """
        <samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a1b2c3" Version="2.0" IssueInstant="2026-11-29T00:00:00Z" Destination="https://login.microsoftonline.com/8f3c2b1a-6d5e-4f70-9a8b-1c2d3e4f5a6b/saml2" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"\(acs)><saml:Issuer>https://chat.northwind.edu</saml:Issuer>\(policy)</samlp:AuthnRequest>
        """
    }

    @Test("--request reads the AuthnRequest as XML, base64, deflate+base64 or a Redirect URL", arguments: ["xml", "post", "deflate", "url"])
    func requestEncodings(encoding: String) throws {
        func encoded(_ xml: String) -> String {
            switch encoding {
            case "xml": return xml
            case "post": return Base64.encode(Array(xml.utf8))
            case "deflate": return RedirectMessage.percentDecoded(RedirectMessage.encode(xml))
            default: return "https://login.microsoftonline.com/8f3c2b1a-6d5e-4f70-9a8b-1c2d3e4f5a6b/saml2?SAMLRequest=" + RedirectMessage.encode(xml) + "&RelayState=abc"
            }
        }
        let wrong = try TestEnvironment.temporaryFile(Data(encoded(Self.authnRequest(acsURL: "http://chat.northwind.edu/login/sso/saml")).utf8), name: "request.txt")
        let failing = try Self.pair(["--sp", Self.mattermostSP, "--idp", Self.entraIdP, "--profile", "Mattermost", "--request", wrong.path, "--format", "json"])
        #expect(failing.status == 1, "\(failing.standardError)")
        #expect(try Self.pairRules(failing).contains("PAIR-ACS-URL-MATCH"))
        let message = ((try Self.pairObject(failing)["findings"] as? [[String: Any]]) ?? []).first { $0["rule"] as? String == "PAIR-ACS-URL-MATCH" }?["message"] as? String
        #expect(message?.contains("The AuthnRequest in \(wrong.path)") == true, "\(message ?? "")")
        #expect(try Self.pairObject(failing)["verdict"] as? String == "will-fail")

        let right = try TestEnvironment.temporaryFile(Data(encoded(Self.authnRequest(acsURL: "https://chat.northwind.edu/login/sso/saml")).utf8), name: "request.txt")
        let passing = try Self.pair(["--sp", Self.mattermostSP, "--idp", Self.entraIdP, "--profile", "Mattermost", "--request", right.path, "--format", "json"])
        #expect(passing.status == 0, "\(passing.standardOutput)")
        #expect(try Self.pairObject(passing)["verdict"] as? String == "will-work")
        #expect((try Self.pairObject(passing)["notChecked"] as? [Any])?.isEmpty == true)
    }

    @Test("a request without an ACS URL is said to leave PAIR-ACS-URL-MATCH unchecked; its NameID format meets PAIR-NAMEID")
    func requestWithoutACSURL() throws {
        // AD FS offers emailAddress, persistent and transient; the request asks for X509SubjectName.
        let request = try TestEnvironment.temporaryFile(Data(Self.authnRequest(acsURL: nil, format: "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName").utf8))
        let idp = Self.samples.appendingPathComponent("pair-mattermost-adfs-import/idp.xml").path
        let result = try Self.pair(["--sp", Self.mattermostSP, "--idp", idp, "--profile", "Mattermost", "--request", request.path, "--format", "json"])
        let notChecked = try #require(try Self.pairObject(result)["notChecked"] as? [[String: Any]])
        #expect(notChecked.first?["rule"] as? String == "PAIR-ACS-URL-MATCH")
        #expect((notChecked.first?["reason"] as? String)?.contains("names no AssertionConsumerServiceURL") == true)
        #expect(try Self.pairRules(result).contains("PAIR-NAMEID"))
        let garbage = try TestEnvironment.temporaryFile(Data("not a request %%%".utf8))
        let refused = try Self.pair(["--sp", Self.mattermostSP, "--idp", idp, "--request", garbage.path])
        #expect(refused.status == 2 && refused.standardError.contains("cannot read the AuthnRequest"), "\(refused.standardError)")
    }

    @Test("sides can come from https URLs and standard input; unsigned fetched metadata is noted by PAIR-TRUST")
    func urlsAndStandardInput() throws {
        let docroot = TestScratch.path("pair")
        try FileManager.default.createDirectory(at: docroot, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.entraIdP, toPath: docroot.appendingPathComponent("idp.xml").path)
        let server = try TestServer(script: "metadata_server.py", arguments: [docroot.path, "--cert", TLSFixtures.shared.valid.certificate,
                                                                             "--key", TLSFixtures.shared.valid.key], tls: true)
        defer { server.stop() }
        let url = server.base + "/files/idp.xml"
        let result = try Self.pair(["--sp", "-", "--idp", url, "--ca-file", TLSFixtures.shared.caCertificate, "--profile", "Mattermost", "--format", "json"],
                                   input: try Data(contentsOf: URL(fileURLWithPath: Self.mattermostSP)))
        #expect(result.status == 0, "\(result.standardError)")
        let documents = try #require(try Self.json(result)["documents"] as? [[String: Any]])
        #expect(documents.map { $0["source"] as? String } == ["-", url])
        #expect((documents[1]["fetch"] as? [String: Any])?["status"] as? Int == 200)
        let trust = ((try Self.pairObject(result)["findings"] as? [[String: Any]]) ?? []).filter { $0["rule"] as? String == "PAIR-TRUST" }
        #expect(trust.count == 1 && (trust.first?["message"] as? String)?.contains(url) == true, "\(trust)")
        #expect(trust.first?["document"] as? String == url)
    }

    @Test("the JSON report: the pair object, findings naming both sides, the keys with their runway")
    func jsonShape() throws {
        let directory = Self.samples.appendingPathComponent("pair-broken-cert-runway")
        let result = try TestEnvironment.run(["pair", "--sp", "sp.xml", "--idp", "idp.xml", "--now", "2026-11-29T00:00:00Z", "--no-config", "--format", "json"],
                                             in: directory)
        let pair = try Self.pairObject(result)
        #expect(Set(pair.keys) == ["sp", "idp", "verdict", "reason", "findings", "keys", "notChecked", "summary"])
        let finding = try #require((pair["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "PAIR-CERT-RUNWAY" })
        #expect(Set(finding.keys) == ["rule", "severity", "message", "entityID", "line", "path", "hint", "fingerprint", "document", "related"])
        #expect(finding["document"] as? String == "idp.xml")
        #expect((finding["related"] as? [String: Any])?["document"] as? String == "sp.xml")
        let keys = try #require(pair["keys"] as? [[String: Any]])
        let idpKey = try #require(keys.first { $0["purpose"] as? String == "IdP signing" })
        #expect(idpKey["daysLeft"] as? Int == 13)
        #expect(idpKey["notAfter"] as? String == "2026-12-12T00:00:00Z")
        #expect(idpKey["successor"] is NSNull)
        #expect(pair["reason"] is NSNull)
        #expect(pair["verdict"] as? String == "will-work")
        // Byte-identical for the same clock.
        let again = try TestEnvironment.run(["pair", "--sp", "sp.xml", "--idp", "idp.xml", "--now", "2026-11-29T00:00:00Z", "--no-config", "--format", "json"],
                                            in: directory)
        #expect(again.standardOutput == result.standardOutput)
    }

    @Test("SARIF validates and locates a pair finding on one side with the other as related location; JUnit and GitHub carry it too")
    func otherFormats() throws {
        let directory = Self.acsBroken
        func run(_ format: String) throws -> ProcessResult {
            try TestEnvironment.run(["pair", "--sp", "sp.xml", "--idp", "idp.xml", "--now", "2026-11-29T00:00:00Z", "--no-config", "--format", format],
                                    in: directory)
        }
        let sarif = try run("sarif")
        let schema = try TestEnvironment.fixture("schemas/sarif-schema-2.1.0.json").path
        let validation = try ReportFormatTests.python("""
        import json, sys, jsonschema
        schema = json.load(open(\(String(reflecting: schema))))
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(sys.stdin))
        print("valid")
        """, input: sarif.standardOutput)
        #expect(validation.status == 0, "\(validation.standardError)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let pairResult = try #require(results.first { $0["ruleId"] as? String == "PAIR-ACS-BINDING" })
        let location = (((pairResult["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        #expect(location?["uri"] as? String == "sp.xml")
        let related = (((pairResult["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        #expect(related?["uri"] as? String == "idp.xml")

        let junit = try run("junit")
        #expect(junit.standardOutput.contains(#"<testsuite name="pair""#))
        #expect(junit.standardOutput.contains("PAIR-ACS-BINDING"))
        let github = try run("github")
        #expect(github.standardOutput.contains("::error file=sp.xml,line=33,title=PAIR-ACS-BINDING"), "\(github.standardOutput)")
        #expect(github.standardOutput.contains("Other side: idp.xml"))
    }

    @Test("a baseline suppresses pair findings like any other, and the verdict still says will fail")
    func baseline() throws {
        let directory = Self.acsBroken
        let baseline = TestScratch.path("pair-baseline", suffix: ".json").path
        let common = ["pair", "--sp", "sp.xml", "--idp", "idp.xml", "--now", "2026-11-29T00:00:00Z", "--no-config"]
        #expect(try TestEnvironment.run(common + ["--write-baseline", baseline], in: directory).status == 0)
        let after = try TestEnvironment.run(common + ["--baseline", baseline, "--format", "json"], in: directory)
        #expect(after.status == 0, "\(after.standardOutput)")
        let pair = try Self.pairObject(after)
        #expect((pair["findings"] as? [Any])?.isEmpty == true)
        #expect(pair["verdict"] as? String == "will-fail")
        #expect((pair["summary"] as? [String: Any])?["suppressed"] as? Int ?? 0 >= 1)
    }
}
