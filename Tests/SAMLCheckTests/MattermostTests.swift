import Foundation
import Testing
@testable import SAMLCheck

/// `samlcheck mattermost` end to end against a Mattermost stand-in on 127.0.0.1 that serves the
/// endpoint shapes Mattermost serves (client config and licence, 200 XML / 501
/// AppError / hardened 500 metadata, the /login/sso/saml 302 with a real deflated AuthnRequest,
/// the admin endpoints behind a token), one test per diagnostic D1–D8.
@Suite(.serialized) struct MattermostTests {
    /// A running stand-in and the scenario file it reads on every request.
    final class StandIn: @unchecked Sendable {
        let server: TestServer
        let scenarioFile: URL
        var base: String { server.base }

        init() throws {
            scenarioFile = try TestEnvironment.temporaryFile(Data("{}".utf8), name: "scenario.json")
            server = try TestServer(script: "mattermost_standin.py", arguments: [scenarioFile.path], tls: false)
        }

        /// A working deployment at this stand-in's address, with `changes` applied to its scenario.
        func serve(_ changes: (inout [String: Any]) -> Void = { _ in }) throws {
            var scenario: [String: Any] = [
                "version": "10.5.1.14523.abcdef.true",
                "client_config": ["SiteURL": base, "EnableSaml": "true", "BuildEnterpriseReady": "true", "Version": "10.5.1"],
                "license": ["IsLicensed": "true", "SAML": "true"],
                "metadata": ["status": 200, "content_type": "application/xml",
                             "body": MattermostScenarios.spMetadata(acs: base + "/login/sso/saml", entityID: base)],
                "login": ["mode": "redirect", "destination": MattermostScenarios.idpRedirect, "issuer": base, "acs": base + "/login/sso/saml"],
                "token": "admin-token",
                "admin_config": ["ServiceSettings": ["SiteURL": base, "AllowedUntrustedInternalConnections": ""],
                                 "SamlSettings": ["Enable": true, "Verify": true, "Encrypt": true, "SignRequest": false,
                                                  "IdpURL": MattermostScenarios.idpRedirect, "IdpDescriptorURL": MattermostScenarios.idpEntityID,
                                                  "IdpMetadataURL": base + "/idp/metadata.xml", "ServiceProviderIdentifier": base,
                                                  "AssertionConsumerServiceURL": base + "/login/sso/saml", "SignatureAlgorithm": "RSAwithSHA256",
                                                  "CanonicalAlgorithm": "Canonical1.0", "IdpCertificateFile": "saml-idp.crt",
                                                  "PublicCertificateFile": "saml-public.crt", "PrivateKeyFile": "saml-private.key",
                                                  "EmailAttribute": "mail", "UsernameAttribute": "uid", "EnableSyncWithLdap": false] as [String: Any]],
                "cert_status": ["idp_certificate_file": true, "private_key_file": true, "public_certificate_file": true],
                "metadata_from_idp": ["idp_descriptor_url": MattermostScenarios.idpEntityID, "idp_url": MattermostScenarios.idpRedirect,
                                      "idp_public_certificate": CertificateExamples.good],
                "idp_metadata": MattermostScenarios.idpMetadata(),
            ]
            changes(&scenario)
            try JSONSerialization.data(withJSONObject: scenario).write(to: scenarioFile)
        }

        /// Runs `samlcheck mattermost` against the stand-in at the examples' clock, as JSON.
        func diagnose(_ extra: [String] = []) throws -> (status: Int32, findings: [[String: Any]], result: ProcessResult) {
            let result = try TestEnvironment.run(["mattermost", base, "--now", "2026-06-01", "--format", "json"] + extra)
            // A run that could not diagnose writes no report.
            let object = result.standardOutput.isEmpty ? nil : try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            let findings = ((object?["documents"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
            return (result.status, findings, result)
        }

        deinit { server.stop() }
    }

    static func rules(_ findings: [[String: Any]]) -> Set<String> { Set(findings.compactMap { $0["rule"] as? String }) }

    static func idpFile(_ xml: String) throws -> String {
        try TestEnvironment.temporaryFile(Data(xml.utf8), name: "idp.xml").path
    }

    @Test("a healthy deployment: no errors, exit 0, the SP metadata and IdP metadata checked as documents")
    func healthy() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let outcome = try standIn.diagnose(["--idp-metadata", try Self.idpFile(MattermostScenarios.idpMetadata()), "--token", "admin-token"])
        #expect(outcome.status == 0, "\(outcome.result.standardOutput)\(outcome.result.standardError)")
        // The stand-in lives at http://127.0.0.1: its own host and scheme warnings are expected.
        let loopback: Set<String> = ["MD-ENTITYID-HOST", "EP-LOCALHOST", "EP-HTTPS"]
        let loud = outcome.findings.filter { $0["severity"] as? String != "info" && !loopback.contains($0["rule"] as? String ?? "") }
        #expect(loud.isEmpty, "\(loud.map { "\($0["rule"] ?? ""): \($0["message"] ?? "")" })")
        #expect(outcome.result.standardOutput.contains("\"source\" : \"\(standIn.base)/api/v4/saml/metadata\""))
    }

    @Test("D1: edition, licence and version from the client config and licence endpoints")
    func d1() throws {
        let standIn = try StandIn()
        try standIn.serve {
            $0["client_config"] = ["SiteURL": standIn.base, "EnableSaml": "false", "BuildEnterpriseReady": "false"]
        }
        let team = try standIn.diagnose()
        #expect(team.status == 1)
        #expect(Self.rules(team.findings).contains("MM-SAML-UNAVAILABLE"))
        try standIn.serve { $0["license"] = ["IsLicensed": "true", "SAML": "false"] }
        #expect(try standIn.diagnose().findings.contains { $0["rule"] as? String == "MM-SAML-UNAVAILABLE" && ($0["message"] as? String)?.contains("licence") == true })
        try standIn.serve { $0["client_config"] = ["SiteURL": standIn.base, "EnableSaml": "false", "BuildEnterpriseReady": "true"] }
        #expect(Self.rules(try standIn.diagnose().findings).contains("MM-SAML-DISABLED"))
        try standIn.serve()
        let version = try standIn.diagnose().findings.first { $0["rule"] as? String == "MM-VERSION" }
        #expect((version?["message"] as? String)?.hasPrefix("Mattermost 10.5.1") == true)
    }

    @Test("D2: the SP metadata endpoint: 501 AppError explained, hardened 500, JSON-string body tolerated")
    func d2() throws {
        let standIn = try StandIn()
        try standIn.serve {
            $0["metadata"] = ["status": 500, "content_type": "application/json",
                              "body": #"{"id":"api.admin.saml.metadata.app_error","message":"An error occurred while building Service Provider Metadata.","detailed_error":"","request_id":"x","status_code":500}"#]
        }
        let broken = try standIn.diagnose()
        #expect(broken.findings.contains { $0["rule"] as? String == "MM-SP-METADATA-ERROR" && ($0["message"] as? String)?.contains("api.admin.saml.metadata.app_error") == true })
        try standIn.serve {
            $0["metadata"] = ["status": 500, "content_type": "application/json",
                              "body": #"{"id":"","message":"Internal Server Error","detailed_error":"","request_id":"x","status_code":500}"#]
        }
        #expect(Self.rules(try standIn.diagnose().findings).contains("MM-HARDENED-MODE"))
        try standIn.serve {
            let xml = MattermostScenarios.spMetadata(acs: standIn.base + "/login/sso/saml", entityID: standIn.base)
            let json = String(decoding: try! JSONSerialization.data(withJSONObject: [xml], options: [.fragmentsAllowed]), as: UTF8.self)
            $0["metadata"] = ["status": 200, "content_type": "application/json", "body": String(json.dropFirst().dropLast())]
        }
        let wrapped = try standIn.diagnose()
        #expect(Self.rules(wrapped.findings).contains("MM-SP-METADATA-FORMAT"))
        #expect(Self.rules(wrapped.findings).contains("MM-SP-ENCRYPTION"), "the unwrapped XML was checked as SP metadata")
    }

    @Test("D3: SP metadata with the Mattermost profile: ACS against SiteURL, Verify off")
    func d3() throws {
        let standIn = try StandIn()
        try standIn.serve {
            $0["metadata"] = ["status": 200, "content_type": "application/xml",
                              "body": MattermostScenarios.spMetadata(acs: "https://chat.northwind.edu/login/sso/saml", entityID: standIn.base,
                                                                      wantAssertionsSigned: "false")]
        }
        let outcome = try standIn.diagnose()
        let acs = outcome.findings.first { $0["rule"] as? String == "MM-ACS-SITEURL" }
        #expect(acs?["line"] as? Int != nil, "reported at the ACS element")
        #expect((acs?["message"] as? String)?.contains("ent.saml.do_login.parse.app_error") == true)
        #expect(Self.rules(outcome.findings).contains("MM-SP-VERIFY-OFF"))
        #expect(!Self.rules(outcome.findings).contains("MD-VALIDUNTIL-SOON"), "Mattermost's seven-day validUntil is by design")
    }

    @Test("D4: the login redirect's real AuthnRequest is decoded and checked against the IdP metadata")
    func d4() throws {
        let standIn = try StandIn()
        let idp = try Self.idpFile(MattermostScenarios.idpMetadata(wantAuthnRequestsSigned: true))
        try standIn.serve {
            $0["login"] = ["mode": "redirect", "destination": MattermostScenarios.idpPOST, "issuer": MattermostScenarios.idpEntityID,
                           "acs": standIn.base + "/login/sso/saml/"]
        }
        let outcome = try standIn.diagnose(["--idp-metadata", idp])
        let rules = Self.rules(outcome.findings)
        #expect(rules.isSuperset(of: ["MM-AUTHNREQ-DESTINATION", "MM-AUTHNREQ-ISSUER", "MM-AUTHNREQ-ACS", "MM-AUTHNREQ-SIGNING"]), "\(rules)")
        try standIn.serve { $0["login"] = ["mode": "error"] }
        #expect(Self.rules(try standIn.diagnose().findings).contains("MM-LOGIN-PROBE"))
        try standIn.serve {
            $0["login"] = ["mode": "redirect", "destination": MattermostScenarios.idpRedirect, "issuer": standIn.base,
                           "acs": standIn.base + "/login/sso/saml", "sig_alg": "http://www.w3.org/2000/09/xmldsig#rsa-sha1"]
        }
        let sha1 = try standIn.diagnose(["--idp-metadata", idp]).findings.first { $0["rule"] as? String == "MM-AUTHNREQ-SIGNING" }
        #expect((sha1?["message"] as? String)?.contains("rsa-sha1") == true)
    }

    @Test("D5: IdP metadata as Mattermost's import reads it (ADFS key order, aggregates, SSO pick)")
    func d5() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let adfs = try standIn.diagnose(["--idp-metadata", try Self.idpFile(MattermostScenarios.idpMetadata(
            services: [(ExampleMetadata.post, MattermostScenarios.idpPOST), (ExampleMetadata.redirect, MattermostScenarios.idpRedirect)], encryptionFirst: true))])
        #expect(Self.rules(adfs.findings).isSuperset(of: ["MM-IDP-KEY-PICK", "MM-IDP-SSO-PICK"]))
        let aggregate = ExampleMetadata.aggregate([ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor",
            CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO), entityID: MattermostScenarios.idpEntityID)])
        #expect(Self.rules(try standIn.diagnose(["--idp-metadata", try Self.idpFile(aggregate)]).findings).contains("MM-IDP-ROOT"))
    }

    @Test("D6: the IdP metadata URL as Mattermost's server sees it: internal addresses, failures")
    func d6() throws {
        let standIn = try StandIn()
        try standIn.serve()
        let loopback = try standIn.diagnose(["--idp-metadata", standIn.base + "/idp/metadata.xml"])
        let finding = loopback.findings.first { $0["rule"] as? String == "MM-IDP-METADATA-URL" }
        #expect(finding?["severity"] as? String == "warning")
        #expect((finding?["message"] as? String)?.contains("127.0.0.1") == true)
        try standIn.serve { $0.removeValue(forKey: "idp_metadata") }
        let missing = try standIn.diagnose(["--idp-metadata", standIn.base + "/idp/metadata.xml"])
        #expect(missing.findings.contains { $0["rule"] as? String == "MM-IDP-METADATA-URL" && $0["severity"] as? String == "error" })
    }

    @Test("D7: with a token, the configuration is cross-checked with both metadata documents")
    func d7() throws {
        let standIn = try StandIn()
        try standIn.serve {
            var config = $0["admin_config"] as! [String: Any]
            var saml = config["SamlSettings"] as! [String: Any]
            saml["IdpDescriptorURL"] = standIn.base
            saml["EmailAttribute"] = ""
            saml["EnableSyncWithLdap"] = true
            config["SamlSettings"] = saml
            $0["admin_config"] = config
            $0["version"] = "10.9.1.1.a.true"
        }
        let idp = try Self.idpFile(MattermostScenarios.idpMetadata())
        let rules = Self.rules(try standIn.diagnose(["--idp-metadata", idp, "--token", "admin-token"]).findings)
        #expect(rules.isSuperset(of: ["MM-IDP-ISSUER", "MM-CONFIG-INVALID", "MM-LDAP-SYNC"]), "\(rules)")
        let anonymous = Self.rules(try standIn.diagnose(["--idp-metadata", idp]).findings)
        #expect(anonymous.isDisjoint(with: ["MM-IDP-ISSUER", "MM-CONFIG-INVALID", "MM-LDAP-SYNC"]), "without a token nothing is read")
        let wrongToken = Self.rules(try standIn.diagnose(["--idp-metadata", idp, "--token", "guess"]).findings)
        #expect(!wrongToken.contains("MM-IDP-ISSUER"))
    }

    @Test("D8: certificate files and the IdP certificate Mattermost uses or would install")
    func d8() throws {
        let standIn = try StandIn()
        try standIn.serve {
            $0["cert_status"] = ["idp_certificate_file": false, "private_key_file": true, "public_certificate_file": true]
            $0["metadata_from_idp"] = ["idp_descriptor_url": MattermostScenarios.idpEntityID, "idp_url": MattermostScenarios.idpRedirect,
                                       "idp_public_certificate": CertificateExamples.goodSecond]
            $0["idp_metadata"] = MattermostScenarios.idpMetadata(encryptionFirst: true)
        }
        let outcome = try standIn.diagnose(["--token", "admin-token"])
        let rules = Self.rules(outcome.findings)
        #expect(rules.isSuperset(of: ["MM-CERT-FILES", "MM-IDP-CERTIFICATE"]), "\(rules)")
        #expect(outcome.findings.contains { ($0["message"] as? String)?.contains("encryption certificate") == true })
        let pem = "-----BEGIN CERTIFICATE-----\n" + CertificateExamples.expired + "\n-----END CERTIFICATE-----\n"
        let certificate = try TestEnvironment.temporaryFile(Data(pem.utf8), name: "saml-idp.crt").path
        try standIn.serve()
        let configured = try standIn.diagnose(["--idp-metadata", try Self.idpFile(MattermostScenarios.idpMetadata()), "--idp-cert", certificate])
        #expect(configured.findings.contains { $0["rule"] as? String == "MM-IDP-CERTIFICATE" && ($0["message"] as? String)?.contains("--idp-cert") == true })
    }

    @Test("an unreachable site, or one that is not Mattermost, exits 2 with one line; so do usage mistakes")
    func unreachable() throws {
        let result = try TestEnvironment.run(["mattermost", "http://127.0.0.1:1", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("samlcheck: cannot connect to http://127.0.0.1:1"), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)

        let other = try FetchTests.server(nil)
        defer { other.stop() }
        let notMattermost = try TestEnvironment.run(["mattermost", other.base, "--format", "json"])
        #expect(notMattermost.status == 2)
        #expect(notMattermost.standardError.contains("is not a Mattermost server"), "\(notMattermost.standardError)")
        #expect(notMattermost.standardOutput.isEmpty)

        let usage = try TestEnvironment.run(["mattermost", "chat.example.com"])
        #expect(usage.status == 2)
    }
}
