import Foundation
import Testing
@testable import SAMLCheck

/// Signature verification under the SAML profile, with keys and signatures made at test time by
/// openssl and xmlsec1.
@Suite struct SignatureTests {
    static let pki = TestPKI.shared

    /// A small aggregate: root ID `_agg`, an IdP `_idp` and an SP `_sp`.
    static func aggregate(idpID: String = "_idp", spID: String = "_sp") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ID="_agg" Name="https://fed.example.org" validUntil="2026-12-10T00:00:00Z">
          <md:EntityDescriptor ID="\(idpID)" entityID="https://idp.example.org/idp/shibboleth">
            <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
              <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>\(CertificateExamples.good)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
              <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>\(CertificateExamples.goodSecond)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
              <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/sso"/>
            </md:IDPSSODescriptor>
          </md:EntityDescriptor>
          <md:EntityDescriptor ID="\(spID)" entityID="https://sp.example.org/shibboleth">
            <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
              <md:KeyDescriptor use="encryption"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>\(CertificateExamples.good)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
              <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs" index="1"/>
            </md:SPSSODescriptor>
          </md:EntityDescriptor>
        </md:EntitiesDescriptor>
        """
    }

    static let signer = Result { try pki.identity(subject: "metadata-signer.example.org") }
    static let other = Result { try pki.identity(subject: "someone-else.example.org") }

    static func signedAggregate(_ template: String = XMLSigner.template(referenceURI: "#_agg"), xml: String = aggregate()) throws -> String {
        try XMLSigner.sign(xml, template: template, after: "ID=\"_agg\"", identity: try signer.get())
    }

    static func check(_ xml: String, trust: [TestPKI.Identity] = [], pins: [Fingerprint] = [], allowSHA1: Bool = false,
                      requireSignature: Bool = false) throws -> DocumentReport {
        let anchors = try trust.flatMap { try TrustAnchor.load(Array($0.certificatePEM.utf8), name: "trusted.pem") }
        let policy = SignaturePolicy(anchors: anchors, pinnedFingerprints: pins, requireSignature: requireSignature, allowSHA1: allowSHA1)
        return try TestEnvironment.checker(signature: policy).check(bytes: Array(xml.utf8), source: "signed.xml")
    }

    static func rules(_ report: DocumentReport) -> Set<String> { Set(report.findings.map(\.rule)) }

    @Test("a signed aggregate verifies with the trusted certificate, and names its fingerprint")
    func validAggregate() throws {
        let signer = try Self.signer.get()
        let report = try Self.check(try Self.signedAggregate(), trust: [signer])
        #expect(report.signature.status == .valid, "\(report.signature)")
        #expect(report.signature.keyFingerprint == Fingerprint(sha256Of: signer.certificateDER).description)
        #expect(report.signature.algorithm == "rsa-sha256")
        #expect(report.signature.digest == "sha256")
        #expect(report.signature.referenceURI == "#_agg")
        #expect(report.findings.filter { $0.rule.hasPrefix("SIG-") }.isEmpty, "\(report.findings)")
    }

    @Test("without trust input an intact signature is untrusted, never valid")
    func untrustedWithoutAnchor() throws {
        let report = try Self.check(try Self.signedAggregate())
        #expect(report.signature.status == .untrusted)
        let finding = try #require(report.findings.first { $0.rule == "SIG-MD-UNTRUSTED-KEY" })
        #expect(finding.severity == .info)
    }

    /// `xml` with its first ds:KeyInfo replaced (KeyInfo lies outside the signed content).
    static func replacingKeyInfo(in xml: String, with keyInfo: String) throws -> String {
        let start = try #require(xml.range(of: "<ds:KeyInfo>"))
        let end = try #require(xml.range(of: "</ds:KeyInfo>", range: start.upperBound..<xml.endIndex))
        return xml.replacingCharacters(in: start.lowerBound..<end.upperBound, with: keyInfo)
    }

    @Test("the signature's own key is found whatever its KeyInfo holds, and the signer is named")
    func ownKeyFromKeyInfoShapes() throws {
        let signer = try Self.signer.get()
        let other = try Self.other.get()
        let signed = try Self.signedAggregate()
        let certificate = Fingerprint(sha256Of: signer.certificateDER).description
        let publicKey = try #require(OwnedX509.fromDER(signer.certificateDER)).publicKeyDER
        let modulusLine = try Self.pki.openssl(["rsa", "-in", signer.keyPath, "-noout", "-modulus"], in: Self.pki.directory).standardOutput
        let modulusHex = Array(try #require(modulusLine.split(separator: "=").last).trimmingCharacters(in: .whitespacesAndNewlines))
        let modulus = Data(stride(from: 0, to: modulusHex.count, by: 2).map { UInt8(String(modulusHex[$0...$0 + 1]), radix: 16)! })

        // One certificate: the plain case, loaded directly.
        let plain = try Self.check(signed)
        #expect(plain.signature.status == .untrusted, "\(plain.signature)")
        #expect(plain.signature.keyFingerprint == certificate)
        // A certificate with a subject name beside it: left to xmlsec's KeyInfo reader.
        let withName = try Self.check(try Self.replacingKeyInfo(in: signed, with:
            "<ds:KeyInfo><ds:X509Data><ds:X509SubjectName>CN=metadata-signer.example.org</ds:X509SubjectName><ds:X509Certificate>\(signer.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo>"))
        #expect(withName.signature.status == .untrusted, "\(withName.signature)")
        #expect(withName.signature.keyFingerprint == certificate)
        // A bare RSA key value: no certificate, so the key itself is named.
        let bareKey = try Self.check(try Self.replacingKeyInfo(in: signed, with:
            "<ds:KeyInfo><ds:KeyValue><ds:RSAKeyValue><ds:Modulus>\(modulus.base64EncodedString())</ds:Modulus><ds:Exponent>AQAB</ds:Exponent></ds:RSAKeyValue></ds:KeyValue></ds:KeyInfo>"))
        #expect(bareKey.signature.status == .untrusted, "\(bareKey.signature.reason ?? "") \(bareKey.findings.map(\.message))")
        #expect(bareKey.signature.keyFingerprint == Fingerprint(sha256Of: publicKey).description)
        // Someone else's certificate: the signature value does not verify with it.
        let swapped = try Self.check(try Self.replacingKeyInfo(in: signed, with:
            "<ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(other.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo>"))
        #expect(swapped.signature.status == .invalid, "\(swapped.signature)")
        #expect(swapped.findings.contains { $0.rule == "SIG-INVALID" })
        // An EC certificate under an RSA signature: a key of the wrong kind, said so.
        let ec = try Self.pki.identity(.ec("P-256"), subject: "ec-keyinfo.example.org")
        let wrongKind = try Self.check(try Self.replacingKeyInfo(in: signed, with:
            "<ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(ec.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo>"))
        #expect(wrongKind.signature.status != .valid && wrongKind.signature.status != .untrusted)
        #expect(wrongKind.signature.reason?.contains("rsa-sha256") == true, "\(wrongKind.signature.reason ?? "")")
        // Trusted keys of both kinds, the EC one named (and so tried) first: the RSA one verifies.
        let mixed = try Self.check(try Self.replacingKeyInfo(in: signed, with:
            "<ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(ec.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo>"),
            trust: [ec, signer])
        #expect(mixed.signature.status == .valid, "\(mixed.signature.reason ?? "")")
        #expect(mixed.signature.keyFingerprint == certificate)
        #expect(mixed.findings.contains { $0.rule == "SIG-KEYINFO-MISMATCH" })
    }

    @Test("a changed attribute is a digest mismatch, explained")
    func tamperedAttribute() throws {
        let tampered = try Self.signedAggregate().replacingOccurrences(of: "https://sp.example.org/acs", with: "https://evil.example.net/acs")
        let report = try Self.check(tampered, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(report.signature.reason?.contains("The digest of Reference #_agg does not match") == true, "\(report.signature)")
        #expect(Self.rules(report).contains("SIG-INVALID"))
        #expect(report.findings.first { $0.rule == "SIG-INVALID" }?.hint?.contains("re-indenting") == true)
    }

    @Test("re-indenting after signing breaks the digest")
    func prettyPrintedAfterSigning() throws {
        let reformatted = try Self.signedAggregate().replacingOccurrences(of: "\n    <md:IDPSSODescriptor", with: "\n        <md:IDPSSODescriptor")
        let report = try Self.check(reformatted, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(report.signature.reason?.hasPrefix("The digest of Reference") == true)
    }

    @Test("a stripped signature is absent, and an error when trust was given")
    func strippedSignature() throws {
        let signed = try Self.signedAggregate()
        let start = try #require(signed.range(of: "<ds:Signature"))
        let end = try #require(signed.range(of: "</ds:Signature>"))
        var stripped = signed
        stripped.removeSubrange(start.lowerBound..<end.upperBound)
        let report = try Self.check(stripped, trust: [try Self.signer.get()])
        #expect(report.signature.status == .absent)
        let finding = try #require(report.findings.first { $0.rule == "SIG-MD-UNSIGNED" })
        #expect(finding.severity == .error)
        // Without trust it is still reported, as a warning for an aggregate; --require-signature makes it an error.
        #expect(try Self.check(stripped).findings.first { $0.rule == "SIG-MD-UNSIGNED" }?.severity == .warning)
        #expect(try Self.check(stripped, requireSignature: true).findings.first { $0.rule == "SIG-MD-UNSIGNED" }?.severity == .error)
    }

    @Test("an unsigned root with one signed entity and an unsigned sibling is not signed (xmlsec1 and pyFF say it is)")
    func signedChildDoesNotSignTheDocument() throws {
        let signer = try Self.signer.get()
        let xml = try XMLSigner.sign(Self.aggregate(), template: XMLSigner.template(referenceURI: "#_idp"), after: "ID=\"_idp\"", identity: signer)
        let report = try Self.check(xml, trust: [signer])
        #expect(report.signature.status == .absent, "\(report.signature)")
        #expect(report.signature.reason?.contains("1 signature deeper in the tree") == true)
        #expect(report.findings.first { $0.rule == "SIG-MD-UNSIGNED" }?.severity == .error)
        // The entity's own signature was verified on its own and is fine.
        #expect(!Self.rules(report).contains("SIG-INVALID"), "\(report.findings)")
        #expect(report.counts.error >= 1)
    }

    @Test("a tampered entity signature inside an aggregate is reported on that entity")
    func tamperedEntitySignature() throws {
        let signer = try Self.signer.get()
        let xml = try XMLSigner.sign(Self.aggregate(), template: XMLSigner.template(referenceURI: "#_idp"), after: "ID=\"_idp\"", identity: signer)
            .replacingOccurrences(of: "https://idp.example.org/sso", with: "https://evil.example.net/sso")
        let report = try Self.check(xml, trust: [signer])
        let finding = try #require(report.findings.first { $0.rule == "SIG-INVALID" })
        #expect(finding.entityID == "https://idp.example.org/idp/shibboleth")
        #expect(finding.message.contains("The digest of Reference #_idp does not match"))
    }

    @Test("a valid signature whose Reference points at a child is refused by the profile")
    func referenceToChild() throws {
        let xml = try Self.signedAggregate(XMLSigner.template(referenceURI: "#_sp"))
        let report = try Self.check(xml, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(report.signature.reason?.contains("SIG-REF-URI-ROOT") == true)
        #expect(Self.rules(report).contains("SIG-REF-URI-ROOT"))
    }

    @Test("a root ID declared twice makes the Reference ambiguous")
    func duplicateIDs() throws {
        let xml = try XMLSigner.sign(Self.aggregate(spID: "_agg"), template: XMLSigner.template(referenceURI: "#_agg"),
                                     after: "ID=\"_agg\" Name", identity: try Self.signer.get(), idElements: ["EntitiesDescriptor"])
        let report = try Self.check(xml, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(Self.rules(report).isSuperset(of: ["SIG-REF-URI-ROOT", "MD-ID-DUPLICATE"]))
        #expect(report.findings.first { $0.rule == "SIG-REF-URI-ROOT" }?.message.contains("declared 2 times") == true)
    }

    @Test("extra or disallowed transforms are refused", arguments: [
        ([SignatureAlgorithms.envelopedSignature, SignatureAlgorithms.inclusiveC14N], "SIG-TRANSFORM-DISALLOWED"),
        ([SignatureAlgorithms.envelopedSignature, SignatureAlgorithms.exclusiveC14N, SignatureAlgorithms.exclusiveC14N], "SIG-TRANSFORM-COUNT"),
        ([SignatureAlgorithms.exclusiveC14N], "SIG-TRANSFORM-ENVELOPED-MISSING"),
    ])
    func transforms(transforms: [String], rule: String) throws {
        let xml = try Self.signedAggregate(XMLSigner.template(referenceURI: "#_agg", transforms: transforms))
        let report = try Self.check(xml, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(Self.rules(report).contains(rule), "\(report.findings.map(\.rule))")
    }

    @Test("a ds:Object is refused")
    func object() throws {
        let xml = try Self.signedAggregate(XMLSigner.template(referenceURI: "#_agg", object: "<extra>unsigned data</extra>"))
        let report = try Self.check(xml, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(Self.rules(report).contains("SIG-OBJECT"))
    }

    @Test("rsa-sha1 is refused by default and accepted as a warning with --allow-sha1")
    func sha1() throws {
        let xml = try Self.signedAggregate(XMLSigner.template(referenceURI: "#_agg", method: SignatureAlgorithms.rsaSHA1, digest: SignatureAlgorithms.sha1))
        let signer = try Self.signer.get()
        let refused = try Self.check(xml, trust: [signer])
        #expect(refused.signature.status == .invalid)
        #expect(refused.signature.reason?.hasPrefix("Not accepted") == true)
        #expect(refused.signature.reason?.contains("otherwise intact") == true)
        // The refusal is carried by SIG-INVALID; the algorithm rules keep their declared severity.
        #expect(refused.findings.filter { $0.rule == "SIG-INVALID" }.map(\.severity) == [.error])
        #expect(refused.findings.filter { $0.rule == "SIG-ALG-SHA1" || $0.rule == "SIG-DIGEST-SHA1" }.map(\.severity) == [.warning, .warning])
        let allowed = try Self.check(xml, trust: [signer], allowSHA1: true)
        #expect(allowed.signature.status == .valid)
        #expect(allowed.findings.filter { $0.rule == "SIG-ALG-SHA1" || $0.rule == "SIG-DIGEST-SHA1" }.map(\.severity) == [.warning, .warning])
    }

    @Test("an expired signer certificate still verifies: only the key counts")
    func expiredSigner() throws {
        let expired = try Self.pki.identity(subject: "expired-signer.example.org", notBefore: "20150101000000Z", notAfter: "20200101000000Z")
        let xml = try XMLSigner.sign(Self.aggregate(), template: XMLSigner.template(referenceURI: "#_agg"), after: "ID=\"_agg\"", identity: expired)
        let report = try Self.check(xml, trust: [expired])
        #expect(report.signature.status == .valid, "\(report.signature)")
    }

    @Test("a wrong trusted certificate: intact but signed by someone else, with both fingerprints")
    func wrongTrustedCertificate() throws {
        let signer = try Self.signer.get()
        let other = try Self.other.get()
        let report = try Self.check(try Self.signedAggregate(), trust: [other])
        #expect(report.signature.status == .untrusted)
        let reason = try #require(report.signature.reason)
        #expect(reason.contains(Fingerprint(sha256Of: signer.certificateDER).description))
        #expect(reason.contains(Fingerprint(sha256Of: other.certificateDER).description))
        #expect(report.findings.first { $0.rule == "SIG-MD-UNTRUSTED-KEY" }?.severity == .error)
    }

    @Test("fingerprint pins: a match verifies, a mismatch does not")
    func fingerprintPins() throws {
        let xml = try Self.signedAggregate()
        let signerPin = Fingerprint(sha256Of: try Self.signer.get().certificateDER)
        let otherPin = Fingerprint(sha256Of: try Self.other.get().certificateDER)
        #expect(try Self.check(xml, pins: [signerPin]).signature.status == .valid)
        let mismatch = try Self.check(xml, pins: [otherPin])
        #expect(mismatch.signature.status == .untrusted)
        #expect(mismatch.findings.first { $0.rule == "SIG-MD-UNTRUSTED-KEY" }?.severity == .error)
        // The textual forms users paste are all accepted.
        let hex = signerPin.bytes.map { String(format: "%02X", $0) }
        #expect(Fingerprint(parsing: "SHA256:" + hex.joined(separator: ":")) == signerPin)
        #expect(Fingerprint(parsing: hex.joined().lowercased()) == signerPin)
        #expect(Fingerprint(parsing: "SHA256:1234") == nil)
    }

    @Test("a signature made with another key than the trusted one fails on the signature value")
    func signatureValueMismatch() throws {
        // Signed by `other`, but its KeyInfo is swapped for the trusted signer's certificate.
        let other = try Self.other.get()
        let signer = try Self.signer.get()
        let xml = try XMLSigner.sign(Self.aggregate(), template: XMLSigner.template(referenceURI: "#_agg", keyInfo: false),
                                     after: "ID=\"_agg\"", identity: other)
        let report = try Self.check(xml, trust: [signer])
        #expect(report.signature.status == .invalid)
        #expect(report.signature.reason?.contains("does not verify with the trusted key") == true, "\(report.signature)")
    }

    @Test("an ECDSA P-256 signature verifies")
    func ecdsa() throws {
        let ec = try Self.pki.identity(.ec("P-256"), subject: "ec-signer.example.org")
        let xml = try XMLSigner.sign(Self.aggregate(), template: XMLSigner.template(referenceURI: "#_agg", method: "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"),
                                     after: "ID=\"_agg\"", identity: ec)
        let report = try Self.check(xml, trust: [ec])
        #expect(report.signature.status == .valid, "\(report.signature)")
        #expect(report.signature.algorithm == "ecdsa-sha256")
    }

    @Test("a Reference to a local file is refused by the profile, and xmlsec itself would not read it")
    func fileReference() throws {
        let xml = Self.aggregate().replacingOccurrences(of: "ID=\"_agg\" Name", with: "ID=\"_agg\" Name")
        let template = XMLSigner.template(referenceURI: "file:///etc/passwd", transforms: [])
        var unsigned = xml
        let close = try #require(unsigned.range(of: "validUntil=\"2026-12-10T00:00:00Z\">"))
        unsigned.insert(contentsOf: template, at: close.upperBound)
        let report = try Self.check(unsigned, trust: [try Self.signer.get()])
        #expect(report.signature.status == .invalid)
        #expect(Self.rules(report).contains("SIG-REF-URI-ROOT"))
        #expect(!JSONRenderer.render(Report(documents: [report]), run: RunDescription(now: TestEnvironment.clock, profiles: [])).contains("root:x:0"))

        // Below the profile: the verifier's own restrictions stop xmlsec from following the URI.
        let document = try TestEnvironment.model(unsigned)
        let rootSignature = try #require(document.rootSignature)
        let node = try #require(document.tree.node(at: rootSignature.position))
        let anchor = try TrustAnchor.load(Array(try Self.signer.get().certificatePEM.utf8), name: "signer")[0]
        let outcome = SignatureVerifier(allowSHA1: false).verify(node, with: .anchor(anchor))
        guard case .processingFailed = outcome else {
            Issue.record("xmlsec processed a file:// reference: \(outcome)")
            return
        }
    }

    @Test("many documents verified concurrently give the same verdicts as one by one")
    func concurrency() async throws {
        let signer = try Self.signer.get()
        let valid = try Self.signedAggregate()
        let tampered = valid.replacingOccurrences(of: "https://sp.example.org/acs", with: "https://evil.example.net/acs")
        let inputs = (0..<48).map { [valid, tampered, valid.replacingOccurrences(of: "<ds:Signature ", with: "<ds:Signature Id=\"s\" ")][$0 % 3] }
        let sequential = try inputs.map { try Self.check($0, trust: [signer]).signature }
        let concurrent = try await withThrowingTaskGroup(of: (Int, SignatureSummary).self) { group in
            for (index, xml) in inputs.enumerated() {
                group.addTask { (index, try Self.check(xml, trust: [signer]).signature) }
            }
            var results = [SignatureSummary?](repeating: nil, count: inputs.count)
            for try await (index, summary) in group { results[index] = summary }
            return results.compactMap { $0 }
        }
        #expect(concurrent == sequential)
        #expect(Set(sequential.map(\.status)) == [.valid, .invalid])
    }

    @Test("the CLI prints the verdict and its reason on one line at the top")
    func commandLineVerdict() throws {
        let signer = try Self.signer.get()
        let file = try TestEnvironment.temporaryFile(Data(try Self.signedAggregate().utf8), name: "agg.xml")
        let result = try TestEnvironment.run(["check", "--trust", signer.certificatePath, file.path, "--now", "2026-11-29"])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count >= 2)
        #expect(lines[1].hasPrefix("  signature: valid: Verified with the trusted key SHA256:"))

        let wrong = try TestEnvironment.run(["check", "--trust", try Self.other.get().certificatePath, file.path, "--now", "2026-11-29"])
        #expect(wrong.status == 1)
        #expect(wrong.standardOutput.split(separator: "\n")[1].contains("untrusted: The signature is intact but was made by SHA256:"))

        let unreadable = try TestEnvironment.run(["check", "--trust", "/nonexistent.pem", file.path])
        #expect(unreadable.status == 2)
        #expect(unreadable.standardError.contains("cannot read trust anchor"))
        let key = try TestEnvironment.run(["check", "--trust", signer.keyPath, file.path])
        #expect(key.status == 2)
        #expect(key.standardError.contains("private key"))
    }
}
