import Foundation
import Testing
@testable import SAMLCheck

/// `samlcheck message`: verdicts on other projects' response test files (Fixtures/corpus, with
/// their provenance in manifest.tsv), every input encoding, and the command's exit codes.
@Suite struct MessageTests {
    /// The certificate each corpus response is checked with: the one its source's tests use.
    static func certificate(for row: Corpus.Row) -> String {
        if row.expected.hasPrefix("signature-valid-with-cert:") { return String(row.expected.dropFirst("signature-valid-with-cert:".count)) }
        if row.localFile.hasPrefix("node-saml/") { return "node-saml/cert.pem" }
        if row.localFile.hasPrefix("ssp-saml2/") { return "ssp-xmlsec/signed.simplesamlphp.org.crt" }
        if row.localFile.contains("mgf1") { return "xml-crypto/idp_certificate.pem" }
        if row.localFile.contains("signed_info") { return "xml-crypto/saml_external_ns.pem" }
        return "xml-crypto/feide_public.pem"
    }

    static let responseRows = Corpus.rowsOrEmpty.filter { $0.kind == "response" }

    /// The clock a response is checked at: its own IssueInstant, as its source's tests fake it.
    static func issueInstant(of text: String) -> Date {
        guard let range = text.range(of: #"IssueInstant="[^"]+""#, options: .regularExpression) else { return RuleExample.clock }
        let value = text[range].dropFirst("IssueInstant=\"".count).dropLast()
        return XSDateTime(String(value)).date ?? RuleExample.clock
    }

    static func diagnose(_ bytes: [UInt8], trust: [TrustAnchor] = [], now: Date = RuleExample.clock, allowSHA1: Bool = false,
                         idp: String? = nil, sp: String? = nil, requestID: String? = nil) throws -> Report {
        var setup = MessageDiagnosis.Setup()
        setup.trust = trust
        setup.requestID = requestID
        return try MessageDiagnosis.run(bytes: bytes, source: "message", idpMetadata: idp.map { Array($0.utf8) }, spMetadata: sp.map { Array($0.utf8) },
                                        setup: setup, options: CheckOptions(rules: RuleSettings(now: now), signature: SignaturePolicy(allowSHA1: allowSHA1)))
    }

    @Test("the corpus's responses get their sources' signature verdicts", arguments: responseRows)
    func corpusResponse(row: Corpus.Row) throws {
        let data = try Corpus.data(row.localFile)
        let anchors = try TrustAnchor.load(Array(try Corpus.data(Self.certificate(for: row))), name: Self.certificate(for: row))
        let report = try Self.diagnose(Array(data), trust: anchors, now: Self.issueInstant(of: String(decoding: data, as: UTF8.self)), allowSHA1: true)
        let document = try #require(report.documents.first)
        let message = try #require(document.message, "\(row.localFile): \(document.unreadable ?? "no message summary")")
        switch row.expected {
        case let expected where expected.hasPrefix("signature-valid-with-cert:"):
            // xmlsec 1.2 has no RSA-PSS, and rejects an extra SignedInfo that xml-crypto ignores:
            // the manifest accepts "not checked" and a rejection for those two.
            if row.localFile == "ssp-saml2/signedresponse_with_signedassertion.xml" {
                // The Response's signature verifies; the Assertion's does not verify with this
                // certificate (xmlsec1 --verify on that node agrees), and an SP that checks every
                // signature refuses the message: samlcheck is stricter than the source's test here.
                #expect(message.signature.status == .invalid && message.signature.reason?.contains("Assertion") == true, "\(message.signature.reason ?? "")")
            } else if row.localFile.contains("mgf1") || row.localFile.contains("wrapped_signed_info") {
                #expect(message.signature.status != .valid || message.signature.keyFingerprint != nil, "\(row.localFile)")
            } else {
                #expect(message.signature.status == .valid, "\(row.localFile): \(message.signature.reason ?? "")")
            }
        case "not-wellformed":
            #expect(message.verdict == .rejected)
            #expect(document.findings.contains { $0.rule == "MD-XML-WELLFORMED" }, "\(row.localFile)")
        default:
            #expect(message.signature.status != .valid, "\(row.localFile) (\(row.expected)): \(message.signature.reason ?? "")")
            #expect(message.verdict == .rejected, "\(row.localFile)")
            if row.expected == "wrapping-attack" {
                #expect(document.findings.contains { ["RESP-SIG-WRAPPING", "RESP-SIG-KEY", "RESP-SIG-PROFILE"].contains($0.rule) }, "\(row.localFile)")
            }
        }
    }

    /// The examples' response, accepted by the examples' SP and IdP.
    static let goodResponse = MessageExamples.response()

    @Test("every input encoding yields the same message, named in the report")
    func encodings() throws {
        let xml = Self.goodResponse
        let base64 = Base64.encode(Array(xml.utf8))
        let wrapped = stride(from: 0, to: base64.count, by: 76).map { start -> String in
            let from = base64.index(base64.startIndex, offsetBy: start)
            return String(base64[from..<(base64.index(from, offsetBy: 76, limitedBy: base64.endIndex) ?? base64.endIndex)])
        }.joined(separator: "\n")
        let deflated = RedirectMessage.encode(xml)
        let form = MessageExamples.postForm(for: xml, relayState: "ss:mem:1")
        let har = """
            {"log": {"version": "1.2", "entries": [
              {"request": {"method": "GET", "url": "https://sp.example.org/start"}, "response": {"content": {"text": "hello"}}},
              {"request": {"method": "POST", "url": "https://sp.example.org/Shibboleth.sso/SAML2/POST",
                           "postData": {"mimeType": "application/x-www-form-urlencoded",
                                        "params": [{"name": "SAMLResponse", "value": "\(MetadataQuery.percentEncoded(base64))"}, {"name": "RelayState", "value": "ss%3Amem%3A1"}]}}}
            ]}}
            """
        let cases: [(String, String, String)] = [
            (xml, "XML", "unknown"),
            (base64, "base64 (HTTP-POST)", "post"),
            (wrapped, "base64 (HTTP-POST)", "post"),
            (deflated, "deflate+base64 (HTTP-Redirect)", "redirect"),
            ("https://sp.example.org/Shibboleth.sso/SAML2/POST?SAMLResponse=" + deflated + "&RelayState=x", "an HTTP-Redirect URL", "redirect"),
            ("SAMLResponse=" + MetadataQuery.percentEncoded(base64) + "&RelayState=ss%3Amem%3A1", "a form-encoded POST body", "post"),
            (form, "an HTML auto-post form", "post"),
            (har, "HAR entry 2: a form-encoded POST body", "post"),
        ]
        for (input, kind, binding) in cases {
            let report = try Self.diagnose(Array(input.utf8), idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID)
            let message = try #require(report.documents.first?.message, "\(kind)")
            #expect(message.input == kind)
            #expect(message.binding == binding, "\(kind)")
            #expect(message.signature.status == .valid, "\(kind): \(message.signature.reason ?? "")")
            #expect(message.assertion?.subject.nameID == "_7e1a3c5e7b9d1f3a5c7e9b1d3f5a2b7d", "\(kind)")
            // Only the Redirect binding is refused for a Response.
            #expect((message.verdict == .rejected) == (binding == "redirect"), "\(kind): \(message.reason ?? "")")
        }
    }

    @Test("logout messages: a LogoutResponse by Redirect with an error status is rejected; the SP's LogoutRequest is the SP's")
    func logout() throws {
        let logoutResponse = """
            <samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_9f3a2c7e5b1d4f8a6c0e2b4d6f8a1c3e" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="https://sp.example.org/Shibboleth.sso/SLO/Redirect" InResponseTo="_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f">
            <saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
            <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Requester"/></samlp:Status>
            </samlp:LogoutResponse>
            """
        let url = "https://sp.example.org/Shibboleth.sso/SLO/Redirect?SAMLResponse=" + RedirectMessage.encode(logoutResponse)
        let report = try Self.diagnose(Array(url.utf8), idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID)
        let document = try #require(report.documents.first)
        #expect(document.message?.type == "LogoutResponse")
        #expect(document.message?.binding == "redirect")
        #expect(document.message?.verdict == .rejected)
        #expect(document.findings.contains { $0.rule == "RESP-STATUS" && $0.message.contains("Requester") })
        #expect(!document.findings.contains { $0.rule == "RESP-BINDING-REDIRECT" }, "Redirect is right for logout")
        let logoutRequest = """
            <samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_5c7e9b1d3f5a2b7d9f1a3c5e7b9d1f3a" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="https://idp.example.org/idp/profile/SAML2/Redirect/SLO">
            <saml:Issuer>https://sp.example.org/shibboleth</saml:Issuer>
            <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_7e1a3c5e7b9d1f3a5c7e9b1d3f5a2b7d</saml:NameID>
            </samlp:LogoutRequest>
            """
        let request = try Self.diagnose(Array(logoutRequest.utf8), idp: MessageExamples.idp, sp: MessageExamples.sp())
        let requestDocument = try #require(request.documents.first)
        #expect(requestDocument.message?.type == "LogoutRequest")
        #expect(!requestDocument.findings.contains { $0.rule == "RESP-ISSUER" }, "\(requestDocument.findings.map(\.message))")
    }

    @Test("a plain Assertion beside an EncryptedAssertion is ambiguous: which one does the SP read?")
    func plainBesideEncrypted() throws {
        let encrypted = MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm", marked: false)
        let part = try #require(encrypted.range(of: "<saml:EncryptedAssertion>")).lowerBound
        let both = Self.goodResponse.replacingOccurrences(of: "</samlp:Response>", with: String(encrypted[part...]))
        let report = try Self.diagnose(Array(both.utf8), idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID)
        let document = try #require(report.documents.first)
        #expect(document.message?.verdict == .rejected)
        #expect(document.findings.contains { $0.rule == "RESP-SIG-WRAPPING" && $0.message.contains("encrypted ones included") })
        let summary = GitHubStepSummary.render(report, run: RunDescription(now: RuleExample.clock, profiles: Profile.defaults))
        #expect(summary.contains("**message: Response rejected**, because RESP-SIG-WRAPPING"), "\(summary.prefix(300))")
        #expect(document.message?.signature.status == .invalid, "a verified signature over the one, with another one beside it, is not a valid verdict")
    }

    @Test("inputs that hold no message are one-line errors")
    func unreadableInputs() throws {
        for input in ["", "hello world", "{\"log\": {\"entries\": []}}", "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"x\"/>",
                      "SAMLResponse=%%%", String(repeating: "A", count: 7)] {
            // Either the input holds no message at all (thrown), or its one document is not a
            // message (reported as unreadable): both end the run with exit 2.
            if let report = try? Self.diagnose(Array(input.utf8)) {
                #expect(report.hasUnreadableDocuments && report.exitCode(failingAt: .error) == 2, "\(input.prefix(30))")
            }
        }
    }

    @Test("exit codes: 0 accepted, 1 rejected, 2 could not run; the text report starts with the verdict")
    func exitCodes() throws {
        let directory = TestScratch.path("message")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.goodResponse.write(to: directory.appendingPathComponent("good.xml"), atomically: true, encoding: .utf8)
        try MessageExamples.response(("jdoe@example.org", "root@example.org")).write(to: directory.appendingPathComponent("tampered.xml"), atomically: true, encoding: .utf8)
        try MessageExamples.idp.write(to: directory.appendingPathComponent("idp.xml"), atomically: true, encoding: .utf8)
        try MessageExamples.sp().write(to: directory.appendingPathComponent("sp.xml"), atomically: true, encoding: .utf8)
        let common = ["--idp", "idp.xml", "--sp", "sp.xml", "--request-id", MessageExamples.requestID, "--now", "2026-06-01T00:00:00Z", "--no-config"]
        let good = try TestEnvironment.run(["message", "good.xml"] + common, in: directory)
        #expect(good.status == 0, "\(good.standardOutput)\(good.standardError)")
        #expect(good.standardOutput.hasPrefix("ACCEPTED good.xml: Response (XML)"))
        let tampered = try TestEnvironment.run(["message", "tampered.xml"] + common, in: directory)
        #expect(tampered.status == 1)
        #expect(tampered.standardOutput.hasPrefix("REJECTED tampered.xml: Response (XML): RESP-SIG-KEY"), "\(tampered.standardOutput)")
        let json = try TestEnvironment.run(["message", "tampered.xml", "--format", "json"] + common, in: directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let document = try #require((object["documents"] as? [[String: Any]])?.first)
        let message = try #require(document["message"] as? [String: Any])
        #expect(message["verdict"] as? String == "rejected")
        #expect((message["signature"] as? [String: Any])?["status"] as? String == "invalid")
        #expect((message["assertion"] as? [String: Any])?["issuer"] as? String == "https://idp.example.org/idp/shibboleth")
        let missing = try TestEnvironment.run(["message", "nothing.xml", "--no-config"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.standardError.split(separator: "\n").count == 1, "\(missing.standardError)")
    }
}
