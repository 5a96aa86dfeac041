import Foundation
import Testing
@testable import SAMLCheck

/// `samlcheck mattermost` never says "0 errors" about something it did not check: each way it
/// used to fail silently, against the stand-in server, and the list of checks that says what ran.
@Suite(.serialized) struct MattermostSilenceTests {
    typealias StandIn = MattermostTests.StandIn

    static func file(_ text: String, name: String) throws -> String {
        try TestEnvironment.temporaryFile(Data(text.utf8), name: name).path
    }

    /// The `mattermost.checks` entries of a JSON report, by ID.
    static func checks(_ result: ProcessResult) throws -> [String: (status: String, reason: String?)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                  "no JSON: \(result.standardError)")
        let list = try #require((object["mattermost"] as? [String: Any])?["checks"] as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8"])
        for check in list { #expect(Set(check.keys) == ["id", "title", "status", "reason"]) }
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, ($0["status"] as! String, $0["reason"] as? String)) })
    }

    @Test("--idp-metadata that is not metadata: a PEM file, an HTML page or an empty file exits 2; malformed XML is reported and exits 2")
    func idpMetadataNotMetadata() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let pem = try TestPKI.shared.identity(subject: "idp.northwind.edu")
        for (name, text, expected) in [("idp.pem", pem.certificatePEM, "it is a PEM certificate"),
                                       ("idp.html", "<html><head><title>Sign in</title></head><body/></html>", "it is an HTML page"),
                                       ("idp.xml", "", "it is empty")] {
            let outcome = try standIn.diagnose(["--idp-metadata", try Self.file(text, name: name)])
            #expect(outcome.status == 2, "\(name)")
            #expect(outcome.result.standardError.contains("cannot read --idp-metadata") && outcome.result.standardError.contains(expected),
                    "\(name): \(outcome.result.standardError)")
            #expect(outcome.result.standardError.split(separator: "\n").count == 1)
        }
        let malformed = try standIn.diagnose(["--idp-metadata", try Self.file("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\">", name: "broken.xml")])
        #expect(malformed.status == 2, "the IdP side asked for did not run")
        #expect(malformed.findings.contains { $0["rule"] as? String == "MD-XML-WELLFORMED" && $0["severity"] as? String == "error" })
        #expect(malformed.findings.contains { $0["rule"] as? String == "MM-IDP-METADATA-URL" && ($0["message"] as? String)?.contains("cannot be used") == true })
        let d5 = try #require(try Self.checks(malformed.result)["D5"])
        #expect(d5.status == "skipped" && d5.reason?.contains("not readable metadata") == true, "\(d5)")
        #expect(malformed.result.standardError.contains("D5 IdP metadata as Mattermost imports it did not run"))
    }

    @Test("a refused token or a missing config endpoint is said, the token checks are listed as skipped, and the run exits 2")
    func tokenRefusedOrEndpointMissing() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let idp = try MattermostTests.idpFile(MattermostScenarios.idpMetadata())
        let refused = try standIn.diagnose(["--idp-metadata", idp, "--token", "not-the-admin-token"])
        #expect(refused.status == 2)
        let checks = try Self.checks(refused.result)
        #expect(checks["D7"]?.status == "skipped" && checks["D7"]?.reason?.contains("token refused (HTTP 401") == true, "\(String(describing: checks["D7"]))")
        #expect(checks["D8"]?.status == "skipped")
        #expect(refused.result.standardError.contains("D7 Configuration (admin token) did not run: token refused (HTTP 401"))
        let text = try TestEnvironment.run(["mattermost", standIn.base, "--now", "2026-06-01", "--idp-metadata", idp, "--token", "not-the-admin-token"])
        #expect(text.standardOutput.contains("D7 Configuration (admin token): SKIPPED — token refused (HTTP 401"), "\(text.standardOutput.prefix(800))")

        try standIn.serve { $0["admin_missing"] = true }
        let missing = try standIn.diagnose(["--idp-metadata", idp, "--token", "admin-token"])
        #expect(missing.status == 2)
        #expect(try Self.checks(missing.result)["D7"]?.reason?.contains("/api/v4/config is missing (HTTP 404)") == true)

        // No token at all: the token checks are skipped with how to give one, and that is no failure.
        try standIn.serve()
        let anonymous = try standIn.diagnose(["--idp-metadata", idp])
        #expect(anonymous.status == 0, "\(anonymous.result.standardError)")
        #expect(try Self.checks(anonymous.result)["D7"]?.reason?.contains("--token-file") == true)
    }

    @Test("SP metadata that is an HTML page served 200 text/plain is an error that says what came back")
    func spMetadataIsHTML() throws {
        let standIn = try StandIn()
        try standIn.serve {
            $0["metadata"] = ["status": 200, "content_type": "text/plain",
                              "body": "<!DOCTYPE html><html><head><title>Mattermost - Maintenance</title></head><body>Down for maintenance</body></html>"]
        }
        let outcome = try standIn.diagnose()
        #expect(outcome.status == 1)
        let finding = try #require(outcome.findings.first { $0["rule"] as? String == "MM-SP-METADATA-ERROR" })
        #expect(finding["severity"] as? String == "error")
        #expect((finding["message"] as? String)?.contains("HTTP 200 text/plain with an HTML page titled \"Mattermost - Maintenance\"") == true, "\(finding)")
        #expect(try Self.checks(outcome.result)["D3"]?.status == "skipped")
    }

    @Test("--idp-cert: junk and XML exit 2; CRLF PEM is read; bare base64 and bundles are noted; without --idp-metadata it says it was unused")
    func idpCertificateForms() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let idp = try MattermostTests.idpFile(MattermostScenarios.idpMetadata())
        for (name, text, expected) in [("junk.crt", "this is not a certificate", "it is not a certificate"),
                                       ("idp.crt", MattermostScenarios.idpMetadata(), "it is XML")] {
            let outcome = try standIn.diagnose(["--idp-metadata", idp, "--idp-cert", try Self.file(text, name: name)])
            #expect(outcome.status == 2, "\(name)")
            #expect(outcome.result.standardError.contains("cannot use --idp-cert") && outcome.result.standardError.contains(expected), "\(outcome.result.standardError)")
        }
        let base64 = CertificateExamples.good
        var lines: [String] = []
        var rest = Substring(base64)
        while !rest.isEmpty { lines.append(String(rest.prefix(64))); rest = rest.dropFirst(64) }
        let pem = "-----BEGIN CERTIFICATE-----\r\n" + lines.joined(separator: "\r\n") + "\r\n-----END CERTIFICATE-----\r\n"
        let crlf = try standIn.diagnose(["--idp-metadata", idp, "--idp-cert", try Self.file(pem, name: "crlf.crt")])
        #expect(crlf.status == 0, "\(crlf.result.standardError)")
        #expect(try Self.checks(crlf.result)["D8"]?.status == "ran")

        let bare = try standIn.diagnose(["--idp-metadata", idp, "--idp-cert", try Self.file(base64, name: "bare.crt")])
        #expect(bare.findings.contains { $0["rule"] as? String == "MM-IDP-CERTIFICATE" && ($0["message"] as? String)?.contains("bare base64") == true })
        let bundle = try standIn.diagnose(["--idp-metadata", idp, "--idp-cert", try Self.file(pem + pem, name: "bundle.crt")])
        #expect(bundle.findings.contains { ($0["message"] as? String)?.contains("holds 2 certificates; Mattermost uses only the first") == true })

        let unused = try standIn.diagnose(["--idp-cert", try Self.file(pem, name: "alone.crt")])
        #expect(unused.status == 2)
        let d8 = try #require(try Self.checks(unused.result)["D8"])
        #expect(d8.status == "skipped" && d8.reason?.contains("no IdP metadata to compare it with") == true, "\(d8)")
    }

    @Test("a healthy deployment lists every check as run; generic findings carry Mattermost's own fix; no LDAP note without LDAP sync")
    func healthyAndQuiet() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let idp = try MattermostTests.idpFile(MattermostScenarios.idpMetadata())
        let outcome = try standIn.diagnose(["--idp-metadata", idp, "--token", "admin-token"])
        #expect(outcome.status == 0, "\(outcome.result.standardError)")
        let checks = try Self.checks(outcome.result)
        #expect(checks.filter { $0.key != "D6" }.values.allSatisfy { $0.status == "ran" }, "\(checks)")
        #expect(checks["D6"]?.status == "not-applicable", "the IdP metadata was a file: nothing to fetch")
        let version = try #require(outcome.findings.first { $0["rule"] as? String == "MM-VERSION" })
        #expect((version["message"] as? String)?.contains("LDAP") == false)
        // The stand-in's http://127.0.0.1 SiteURL: its warnings name the Mattermost setting to change.
        let siteURL = outcome.findings.filter { ["EP-HTTPS", "EP-LOCALHOST", "MD-ENTITYID-HOST"].contains($0["rule"] as? String) }
        #expect(!siteURL.isEmpty)
        #expect(siteURL.allSatisfy { ($0["hint"] as? String)?.contains("System Console") == true }, "\(siteURL.map { $0["hint"] ?? "" })")

        // Encryption off: the missing encryption key is a Mattermost setting, said as one.
        try standIn.serve {
            $0["metadata"] = ["status": 200, "content_type": "application/xml",
                              "body": MattermostScenarios.spMetadata(acs: standIn.base + "/login/sso/saml", entityID: standIn.base, encryption: false)]
        }
        let plain = try standIn.diagnose(["--idp-metadata", idp])
        let encryption = try #require(plain.findings.first { $0["rule"] as? String == "SP-ENC-KEY-MISSING" })
        #expect((encryption["hint"] as? String)?.contains("SamlSettings.Encrypt") == true, "\(encryption)")
    }

    @Test("check --profile Mattermost reports Mattermost's seven-day validUntil once, as MM-SP-VALIDUNTIL")
    func validityOnce() throws {
        let file = try TestEnvironment.temporaryFile(Data(MattermostScenarios.spMetadata().utf8), name: "sp.xml")
        let result = try TestEnvironment.run(["check", file.path, "--profile", "Mattermost", "--now", "2026-06-01", "--format", "json", "--no-config"])
        #expect(result.standardOutput.contains("\"MM-SP-VALIDUNTIL\""))
        #expect(!result.standardOutput.contains("\"MD-VALIDUNTIL-SOON\""))
        let generic = try TestEnvironment.run(["check", file.path, "--now", "2026-06-01", "--format", "json", "--no-config"])
        #expect(generic.standardOutput.contains("\"MD-VALIDUNTIL-SOON\""), "without the profile the generic rule speaks")
    }
}
