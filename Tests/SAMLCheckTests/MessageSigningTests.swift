import Foundation
import Testing
@testable import SAMLCheck

/// Messages signed, encrypted and query-signed at test time by xmlsec1 and openssl with keys made
/// by the tests (TestPKI): the verdicts `samlcheck message` must reach on them.
@Suite struct MessageSigningTests {
    static let protocolIDs = ["urn:oasis:names:tc:SAML:2.0:protocol:Response", "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
                              "urn:oasis:names:tc:SAML:2.0:protocol:AuthnRequest"]
    static let assertionID = "_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a"
    static let responseID = "_9f3a2c7e5b1d4f8a6c0e2b4d6f8a1c3e"

    /// The examples' Response without its signature: a template to sign.
    static var unsignedResponse: String {
        let text = MessageExamples.response()
        let start = text.range(of: "<ds:Signature")!.lowerBound
        let end = text.range(of: "</ds:Signature>\n")!.upperBound
        return String(text[..<start] + text[end...])
    }

    static func idp(_ certificates: [TestPKI.Identity]) -> String {
        let keys = certificates.map {
            "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\($0.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        }.joined(separator: "\n")
        return MessageExamples.idp.replacingOccurrences(
            of: #"<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\#(MessageExamples.certificate)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"#,
            with: keys)
    }

    /// The examples' SP with AuthnRequestsSigned="true" and `key`'s certificate as its signing key.
    static func spSigningRequests(with key: TestPKI.Identity) -> String {
        MessageExamples.sp(roleAttributes: #"AuthnRequestsSigned="true""#).replacingOccurrences(
            of: "<md:NameIDFormat>",
            with: "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data><ds:X509Certificate>\(key.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n<md:NameIDFormat>")
    }

    static func signBoth(_ xml: String, with identity: TestPKI.Identity) throws -> String {
        let assertionSigned = try XMLSigner.sign(xml, template: XMLSigner.template(referenceURI: "#" + assertionID), after: "ID=\"\(assertionID)\"",
                                                 identity: identity, idElements: [], qualifiedIDElements: protocolIDs)
        return try XMLSigner.sign(assertionSigned, template: XMLSigner.template(referenceURI: "#" + responseID), after: "ID=\"\(responseID)\"",
                                  identity: identity, idElements: [], qualifiedIDElements: protocolIDs)
    }

    static func diagnose(_ input: String, idp: String? = nil, sp: String? = MessageExamples.sp(), keys: [DecryptionKey] = [],
                         requestID: String? = MessageExamples.requestID) throws -> (MessageSummary, [Finding]) {
        var setup = MessageDiagnosis.Setup()
        setup.requestID = requestID
        setup.decryptionKeys = keys
        let report = try MessageDiagnosis.run(bytes: Array(input.utf8), source: "message", idpMetadata: idp.map { Array($0.utf8) },
                                              spMetadata: sp.map { Array($0.utf8) }, setup: setup, options: CheckOptions(rules: RuleSettings(now: RuleExample.clock)))
        let document = try #require(report.documents.first)
        return (try #require(document.message, "\(document.unreadable ?? "")"), document.findings)
    }

    @Test("a Response and its Assertion signed by the IdP's key are accepted; during a rollover the report names the key that verified")
    func bothSigned() throws {
        let old = try TestPKI.shared.identity(subject: "old idp key")
        let new = try TestPKI.shared.identity(subject: "new idp key")
        let signed = try Self.signBoth(Self.unsignedResponse, with: new)
        let (message, findings) = try Self.diagnose(signed, idp: Self.idp([old, new]))
        #expect(message.verdict == .accepted, "\(findings.map { "\($0.rule): \($0.message)" })")
        #expect(message.signature.status == .valid)
        #expect(message.signature.signedElement == "both")
        #expect(message.signature.keyFingerprint == Fingerprint(sha256Of: new.certificateDER).description)
        #expect(message.signature.reason?.contains("signing certificate on line 5 of idp.xml") == true, "\(message.signature.reason ?? "")")
    }

    @Test("a change under the Response's signature, or a signature by a key the IdP does not publish, is rejected")
    func tamperedAndUntrusted() throws {
        let idpKey = try TestPKI.shared.identity(subject: "idp key")
        let attacker = try TestPKI.shared.identity(subject: "attacker")
        let signed = try Self.signBoth(Self.unsignedResponse, with: idpKey)
        let tampered = signed.replacingOccurrences(of: "Destination=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\"",
                                                   with: "Destination=\"https://sp.example.org/Shibboleth.sso/SAML2/POST?x\"")
        let (changed, changedFindings) = try Self.diagnose(tampered, idp: Self.idp([idpKey]))
        #expect(changed.verdict == .rejected)
        #expect(changed.signature.status == .invalid)
        #expect(changedFindings.contains { $0.rule == "RESP-SIG-KEY" && $0.message.contains("Response") })
        let (forged, forgedFindings) = try Self.diagnose(try Self.signBoth(Self.unsignedResponse, with: attacker), idp: Self.idp([idpKey]))
        #expect(forged.verdict == .rejected)
        #expect(forged.signature.status != .valid)
        #expect(forgedFindings.contains { $0.rule == "RESP-SIG-KEY" })
    }

    @Test("an AuthnRequest signed by the SP (POST) verifies with its published key; unsigned, it is refused when the SP signs requests")
    func signedRequest() throws {
        let spKey = try TestPKI.shared.identity(subject: "sp signing key")
        let request = MessageExamples.authnRequest()
        let requestID = MessageExamples.requestID
        let signed = try XMLSigner.sign(request, template: XMLSigner.template(referenceURI: "#" + requestID), after: "ID=\"\(requestID)\"",
                                        identity: spKey, idElements: [], qualifiedIDElements: Self.protocolIDs)
        let sp = Self.spSigningRequests(with: spKey)
        let (accepted, findings) = try Self.diagnose(Base64.encode(Array(signed.utf8)), sp: sp, requestID: nil)
        #expect(accepted.verdict == .accepted, "\(findings.map { "\($0.rule): \($0.message)" })")
        #expect(accepted.signature.status == .valid)
        #expect(accepted.signature.signedElement == "request")
        let (unsigned, unsignedFindings) = try Self.diagnose(request, sp: sp, requestID: nil)
        #expect(unsigned.verdict == .rejected)
        #expect(unsignedFindings.contains { $0.rule == "REQ-SIGNED-REQUIRED" })
    }

    @Test("a Redirect query signature verifies over the octets as received, and not once re-encoded")
    func querySignature() throws {
        let spKey = try TestPKI.shared.identity(subject: "sp redirect key")
        let query = "SAMLRequest=" + RedirectMessage.encode(MessageExamples.authnRequest()) + "&RelayState=ss%3Amem%3A1"
            + "&SigAlg=" + MetadataQuery.percentEncoded(SignatureAlgorithms.rsaSHA256)
        let octets = try TestEnvironment.temporaryFile(Data(query.utf8), name: "octets")
        let signature = try TestPKI.shared.openssl(["dgst", "-sha256", "-sign", spKey.keyPath, "-out", "sig.bin", octets.path],
                                                   in: octets.deletingLastPathComponent())
        _ = signature
        let value = Base64.encode(Array(try Data(contentsOf: octets.deletingLastPathComponent().appendingPathComponent("sig.bin"))))
        let url = "https://idp.example.org/idp/profile/SAML2/Redirect/SSO?" + query + "&Signature=" + MetadataQuery.percentEncoded(value)
        let sp = Self.spSigningRequests(with: spKey)
        let (good, goodFindings) = try Self.diagnose(url, sp: sp, requestID: nil)
        #expect(good.verdict == .accepted, "\(goodFindings.map { "\($0.rule): \($0.message)" })")
        #expect(good.signature.status == .valid)
        #expect(good.signature.signedElement == "query")
        // Lower-case percent-encoding is the same URL to a browser, other octets to the signature.
        let reencoded = url.replacingOccurrences(of: "%3A", with: "%3a")
        let (bad, badFindings) = try Self.diagnose(reencoded, sp: sp, requestID: nil)
        #expect(bad.verdict == .rejected)
        #expect(badFindings.contains { $0.rule == "REQ-REDIRECT-SIG" })
    }

    /// `xml` with its first element named `qualifiedName` encrypted to `recipient` by xmlsec1.
    static func encrypt(_ xml: String, node qualifiedName: String, to recipient: TestPKI.Identity) throws -> String {
        let plain = try TestEnvironment.temporaryFile(Data(xml.utf8), name: "plain.xml")
        let template = plain.deletingLastPathComponent().appendingPathComponent("template.xml")
        try #"<xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes128-gcm"/><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><xenc:EncryptedKey><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedData>"#
            .write(to: template, atomically: true, encoding: .utf8)
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/xmlsec1"), [
            "--encrypt", "--pubkey-cert-pem", recipient.certificatePath, "--session-key", "aes-128", "--xml-data", plain.path,
            "--node-name", qualifiedName, template.path])
        guard result.status == 0 else { throw ToolFailure(tool: "xmlsec1 --encrypt", output: result.standardError) }
        return result.standardOutput
    }

    @Test("an EncryptedID is decrypted after the Assertion's signature over it is verified")
    func encryptedID() throws {
        let idpKey = try TestPKI.shared.identity(subject: "idp key")
        let spKey = try TestPKI.shared.identity(subject: "sp encryption key")
        let withID = Self.unsignedResponse.replacingOccurrences(of: "<saml:NameID ", with: "<saml:EncryptedID><saml:NameID ")
            .replacingOccurrences(of: "</saml:NameID>", with: "</saml:NameID></saml:EncryptedID>")
        let encryptedID = try Self.encrypt(withID, node: "urn:oasis:names:tc:SAML:2.0:assertion:NameID", to: spKey)
        let signed = try XMLSigner.sign(encryptedID, template: XMLSigner.template(referenceURI: "#" + Self.assertionID),
                                        after: "ID=\"\(Self.assertionID)\"", identity: idpKey, idElements: [], qualifiedIDElements: Self.protocolIDs)
        let key = try #require(DecryptionKey(pem: Array(try Data(contentsOf: URL(fileURLWithPath: spKey.keyPath))), name: "sp.pem"))
        let (message, findings) = try Self.diagnose(signed, idp: Self.idp([idpKey]), keys: [key])
        #expect(message.verdict == .accepted, "\(findings.map { "\($0.rule): \($0.message)" })")
        #expect(message.signature.status == .valid)
        #expect(message.assertion?.subject.nameID == "_7e1a3c5e7b9d1f3a5c7e9b1d3f5a2b7d")
        #expect(message.decryption?.map(\.element) == ["EncryptedID"])
        #expect(message.decryption?.first?.decryptedWith == "sp.pem")
        // Without the key the NameID stays unread, and the report says so.
        let (unread, _) = try Self.diagnose(signed, idp: Self.idp([idpKey]))
        #expect(unread.assertion?.subject.nameID == nil)
        #expect(unread.notChecked.contains { $0.rule == "RESP-DECRYPT" })
    }

    @Test("an encrypted Assertion is decrypted with the SP's key; with another key RESP-DECRYPT names the key tried")
    func decryption() throws {
        let idpKey = try TestPKI.shared.identity(subject: "idp key")
        let spKey = try TestPKI.shared.identity(subject: "sp encryption key")
        let otherKey = try TestPKI.shared.identity(subject: "another sp key")
        // Signed inside the Response, then wrapped and encrypted to the SP, as IdPs do.
        let signed = try XMLSigner.sign(Self.unsignedResponse, template: XMLSigner.template(referenceURI: "#" + Self.assertionID),
                                        after: "ID=\"\(Self.assertionID)\"", identity: idpKey, idElements: [], qualifiedIDElements: Self.protocolIDs)
        let wrapped = signed.replacingOccurrences(of: "<saml:Assertion ", with: "<saml:EncryptedAssertion><saml:Assertion ")
            .replacingOccurrences(of: "</saml:Assertion>", with: "</saml:Assertion></saml:EncryptedAssertion>")
        let encrypted = try Self.encrypt(wrapped, node: "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", to: spKey)
        func key(_ identity: TestPKI.Identity) throws -> DecryptionKey {
            try #require(DecryptionKey(pem: Array(try Data(contentsOf: URL(fileURLWithPath: identity.keyPath))), name: identity.keyPath))
        }
        let (decrypted, findings) = try Self.diagnose(encrypted, idp: Self.idp([idpKey]), keys: [key(otherKey), key(spKey)])
        #expect(decrypted.verdict == .accepted, "\(findings.map { "\($0.rule): \($0.message)" })")
        #expect(decrypted.assertion?.wasEncrypted == true)
        #expect(decrypted.signature.status == .valid)
        #expect(decrypted.signature.signedElement == "assertion")
        #expect(decrypted.decryption?.first?.decryptedWith == spKey.keyPath)
        #expect(decrypted.decryption?.first?.dataAlgorithm == "http://www.w3.org/2009/xmlenc11#aes128-gcm")
        let (refused, refusedFindings) = try Self.diagnose(encrypted, idp: Self.idp([idpKey]), keys: [key(otherKey)])
        #expect(refused.verdict == .rejected)
        #expect(refusedFindings.contains { $0.rule == "RESP-DECRYPT" && $0.message.contains(otherKey.keyPath) })
    }
}
