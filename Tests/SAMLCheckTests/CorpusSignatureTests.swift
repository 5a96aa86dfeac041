import Foundation
import Testing
@testable import SAMLCheck

/// The signature rows of the corpus manifest (Fixtures/corpus), each checked against the verdict its source
/// project expects. Where the source's expectation differs from the SAML signature profile, the
/// case says so and follows the profile.
@Suite struct CorpusSignatureTests {
    struct Case: Sendable, CustomStringConvertible {
        /// The manifest's local_file (its row names repository, path, commit and the source's test).
        var file: String
        /// Certificates from the corpus to trust, or "embedded" for the certificate in the
        /// signature's own KeyInfo (the source's "signature-valid-with-cert:embedded").
        var trust: [String] = []
        var allowSHA1 = false
        /// The status samlcheck must give.
        var status: SignatureSummary.Status?
        /// A rule that must be among the findings.
        var rule: String?
        /// Why samlcheck's verdict differs from the source's, when it does.
        var deviation: String?

        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "python3-saml/signed_metadata_settings1.xml", trust: ["python3-saml/idp.crt"], allowSHA1: true, status: .valid,
             deviation: "rsa-sha1: valid only with --allow-sha1 (checked in sha1RefusedByDefault); the expired certificate does not matter (key-only trust)"),
        Case(file: "python3-saml/signed_metadata_settings2.xml", allowSHA1: true, status: .absent, rule: "SIG-REF-URI-ROOT",
             deviation: "the source verifies a signature on the SPSSODescriptor; the root is unsigned, and that signature's Reference has no URI, which the profile refuses"),
        Case(file: "ssp-xmlsec/custom_CustomSignableSigned.xml", trust: ["ssp-xmlsec/selfsigned.simplesamlphp.org.crt"], status: .invalid, rule: "SIG-REF-URI-ROOT",
             deviation: "the Reference has no URI attribute; the SAML profile requires \"#\" + the root's ID"),
        Case(file: "ssp-xmlsec/custom_CustomSignableSignedTampered.xml", trust: ["ssp-xmlsec/selfsigned.simplesamlphp.org.crt"], status: .invalid,
             rule: "SIG-REF-URI-ROOT", deviation: "invalid as the source says, refused by the profile (no Reference URI) before the digest is computed"),
        Case(file: "ssp-xmlsec/custom_CustomSignableSignedWithComments.xml", trust: ["ssp-xmlsec/selfsigned.simplesamlphp.org.crt"], status: .invalid,
             rule: "SIG-REF-URI-ROOT", deviation: "the Reference is #xpointer(/), not \"#\" + an ID"),
        Case(file: "ssp-saml2/signedassertion.xml", trust: ["ssp-xmlsec/selfsigned.simplesamlphp.org.crt"], status: .valid),
        Case(file: "ssp-saml2/signedassertion_tampered.xml", trust: ["ssp-xmlsec/selfsigned.simplesamlphp.org.crt"], status: .invalid, rule: "SIG-INVALID"),
        Case(file: "ssp-saml2/signedassertion_with_comments.xml", trust: ["ssp-xmlsec/selfsigned.simplesamlphp.org.crt"], status: .valid),
        Case(file: "ssp-saml2/valid-metadata-selfsigned.xml", trust: ["embedded"], allowSHA1: true, status: .valid,
             deviation: "rsa-sha1: needs --allow-sha1"),
        Case(file: "ssp-saml2/valid-metadata-ca-signed.xml", trust: ["embedded"], allowSHA1: true, status: .valid,
             deviation: "rsa-sha1: needs --allow-sha1; the CA is irrelevant (key-only trust)"),
        Case(file: "ssp-saml2/corrupted-metadata-selfsigned.xml", rule: "MD-XML-WELLFORMED"),
        Case(file: "xml-crypto/wsfederation_metadata.xml", trust: ["xml-crypto/wsfederation_metadata.pem"], status: .valid),
        Case(file: "xml-crypto/valid_signature.xml", trust: ["xml-crypto/client_public.pem"], status: .invalid, rule: "SIG-REF-COUNT",
             deviation: "xml-crypto signs three elements by their Id with three References; the SAML profile allows one Reference to the root"),
        Case(file: "xml-crypto/invalid_signature-changed_content.xml", trust: ["xml-crypto/client_public.pem"], status: .invalid, rule: "SIG-REF-COUNT"),
        Case(file: "xml-crypto/invalid_signature-hash.xml", trust: ["xml-crypto/client_public.pem"], status: .invalid, rule: "SIG-REF-COUNT"),
        Case(file: "xml-crypto/invalid_signature-non_existing_reference.xml", trust: ["xml-crypto/client_public.pem"], status: .invalid, rule: "SIG-REF-COUNT"),
        Case(file: "xml-crypto/invalid_signature-signature_value.xml", trust: ["xml-crypto/client_public.pem"], status: .invalid, rule: "SIG-REF-COUNT"),
        Case(file: "sustainsys/ReadEntityDescriptor_ValidateSignature.xml", trust: ["sustainsys/stubidp.sustainsys.com.cer"], status: .invalid,
             rule: "SIG-INVALID",
             deviation: "pretty-printed after signing: .NET drops whitespace-only text on load and verifies; samlcheck, like xmlsec1, reports the digest mismatch"),
        Case(file: "xmlsectool/XSTJ-38-sha256.xml", trust: ["xmlsectool/rsasign2k.crt"], status: .valid),
        Case(file: "xmlsectool/XSTJ-38-sha256-md5d.xml", trust: ["xmlsectool/rsasign2k.crt"], status: .invalid, rule: "SIG-ALG-MD5"),
        Case(file: "xmlsectool/XSTJ-38-sha256-md5s.xml", trust: ["xmlsectool/rsasign2k.crt"], status: .invalid, rule: "SIG-ALG-MD5"),
        Case(file: "xmlsectool/XSTJ-28-sha1.xml", trust: ["xmlsectool/rsasign2k.crt"], allowSHA1: true, status: .valid,
             deviation: "SHA-1: needs --allow-sha1, as xmlsectool's own default blacklist does"),
        Case(file: "xmlsectool/XSTJ-27-in3.xml", trust: ["xmlsectool/rsasign2k.crt"], allowSHA1: true, status: .valid),
        Case(file: "xmlsectool/XSTJ59-out1024.xml", trust: ["xmlsectool/XSTJ59-dsa1024.crt"], status: .invalid, rule: "SIG-ALG-DSA",
             deviation: "a DSA-1024/SHA-1 signature: samlcheck never accepts DSA"),
        Case(file: "python-xmlsec/sign1-out.xml", trust: ["python-xmlsec/rsapub.pem"], allowSHA1: true, status: .valid),
        Case(file: "python-xmlsec/sign3-out.xml", trust: ["python-xmlsec/rsapub.pem"], allowSHA1: true, status: .invalid, rule: "SIG-REF-URI-ROOT",
             deviation: "the Reference has no URI attribute"),
        Case(file: "python-xmlsec/sign5-out.xml", trust: ["python-xmlsec/rsapub.pem"], allowSHA1: true, status: .invalid, rule: "SIG-REF-URI-ROOT",
             deviation: "the Reference has no URI attribute"),
        Case(file: "python-xmlsec/sign1-in.xml", trust: ["python-xmlsec/rsapub.pem"], allowSHA1: true, status: .invalid, rule: "SIG-INVALID"),
        // Rows whose source does not check the signature, with the manifest's xmlsec1 cross-check.
        Case(file: "php-saml/FederationMetadata.xml", trust: ["embedded"], allowSHA1: true, status: .valid),
        Case(file: "php-saml/shib_metadata.xml", trust: ["embedded"], status: .valid),
        // URI="" on an EntitiesDescriptor without ID: one cause, reported as SIG-ID-MISSING (not also SIG-REF-URI-EMPTY).
        Case(file: "pysaml2/swamid-1.0.xml", trust: ["embedded"], allowSHA1: true, status: .valid, rule: "SIG-ID-MISSING"),
    ]

    static func trustAnchors(for testCase: Case) throws -> [TrustAnchor] {
        var anchors: [TrustAnchor] = []
        for name in testCase.trust {
            if name == "embedded" {
                let document = try TestEnvironment.checker().load(bytes: Array(try Corpus.data(testCase.file))).get()
                let embedded = try #require(document.rootSignature?.keyInfo?.certificates.first, "\(testCase.file) has no embedded certificate")
                guard case .success(let der) = Base64.decode(embedded.base64) else { throw ToolFailure(tool: "base64", output: testCase.file) }
                anchors += try TrustAnchor.load(der, name: "embedded certificate")
            } else {
                anchors += try TrustAnchor.load(Array(try Corpus.data(name)), name: name)
            }
        }
        return anchors
    }

    static func report(_ testCase: Case, allowSHA1: Bool? = nil) throws -> DocumentReport {
        let policy = SignaturePolicy(anchors: try trustAnchors(for: testCase), allowSHA1: allowSHA1 ?? testCase.allowSHA1)
        return try TestEnvironment.checker(signature: policy).check(bytes: Array(try Corpus.data(testCase.file)), source: testCase.file)
    }

    @Test("each corpus signature gives its verdict", arguments: cases)
    func verdict(testCase: Case) throws {
        let report = try Self.report(testCase)
        if let status = testCase.status {
            #expect(report.signature.status == status, "\(testCase.file): \(report.signature.reason ?? "")")
        }
        if let rule = testCase.rule {
            #expect(report.findings.contains { $0.rule == rule }, "\(testCase.file): \(report.findings.map(\.rule))")
        }
    }

    @Test("SHA-1 signed corpus files are refused without --allow-sha1", arguments: cases.filter { $0.allowSHA1 && $0.status == .valid })
    func sha1RefusedByDefault(testCase: Case) throws {
        let report = try Self.report(testCase, allowSHA1: false)
        #expect(report.signature.status == .invalid)
        #expect(report.signature.reason?.hasPrefix("Not accepted") == true, "\(report.signature.reason ?? "")")
        // The refusal is the verdict (SIG-INVALID, an error); the algorithm rules keep the
        // catalogue's severity (warning, error with saml2int).
        #expect(report.findings.contains { $0.rule == "SIG-INVALID" && $0.severity == .error && $0.message.contains("--allow-sha1") })
        #expect(report.findings.contains { ($0.rule == "SIG-ALG-SHA1" || $0.rule == "SIG-DIGEST-SHA1") && $0.severity == .warning })
    }

    @Test("every signature row of the manifest is covered")
    func manifestCoverage() throws {
        let rows = try Corpus.manifest().filter { ["signed-metadata", "dsig-vector"].contains($0.kind) }
        let verdictRows = rows.filter { $0.expected.hasPrefix("signature-") || $0.expected == "weak-algorithm" || $0.expected == "not-wellformed" }
        #expect(verdictRows.count >= 25)
        let covered = Set(Self.cases.map(\.file))
        for row in verdictRows {
            #expect(covered.contains(row.localFile), "manifest row \(row.localFile) (\(row.repository):\(row.path) @\(row.commit.prefix(7)), expects \(row.expected)) has no test case")
        }
    }
}
