import Foundation
import Testing
@testable import SAMLCheck

/// Correct metadata as real SAML products generate it must check without errors under the
/// default profiles: strictness that fails every Shibboleth SP or mellon install is a bug.
@Suite struct ProductMetadataTests {
    static let directory = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/SAMLCheckTests/Fixtures/products")
    static let products = ["shibboleth-sp3.xml", "mellon.xml", "simplesamlphp-sp.xml", "simplesamlphp-idp.xml", "pysaml2-sp.xml",
                           "shibboleth-idp5.xml"]

    /// The keys products make at installation: long-lived, self-signed, 3072-bit RSA.
    static let keys: (signing: String, encryption: String) = {
        let signing = try! TestPKI.shared.identity(.rsa(3072), subject: "sso.northwind.edu", notBefore: "20260101000000Z", notAfter: "20460101000000Z")
        let encryption = try! TestPKI.shared.identity(.rsa(3072), subject: "sso.northwind.edu", notBefore: "20260101000000Z", notAfter: "20460101000000Z")
        return (signing.certificateBase64, encryption.certificateBase64)
    }()

    static func metadata(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            .replacingOccurrences(of: "@SIGNING@", with: keys.signing)
            .replacingOccurrences(of: "@ENCRYPTION@", with: keys.encryption)
    }

    @Test("product-generated metadata has no errors under the default profiles", arguments: products)
    func productMetadataIsClean(name: String) throws {
        let report = try TestEnvironment.check(try Self.metadata(name))
        #expect(report.entityCount == 1)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(name): \(errors.map { "\($0.rule)@\($0.line ?? 0): \($0.message)" })")
    }

    /// `severity` nil: the rule must not fire.
    @Test("the rules read what products publish", arguments: [
        // Shibboleth lists sha1 last among its DigestMethods: order is preference (ALG §2.4), so not a finding.
        ("shibboleth-sp3.xml", "ALG-WEAK-DIGEST", nil as Severity?),
        ("shibboleth-sp3.xml", "KEY-USE-OMITTED", .info),                 // its one KeyDescriptor has no use
        ("shibboleth-sp3.xml", "KEY-SAME-SIGN-ENC", nil),                 // ... which KEY-USE-OMITTED alone reports
        ("mellon.xml", "KEY-SAME-SIGN-ENC", .info),                       // one key under use="signing" and use="encryption"
        ("shibboleth-idp5.xml", "MD-VALIDUNTIL-SOON", nil),               // the fixture is valid for ten days
    ])
    func productFindings(name: String, rule: String, severity: Severity?) throws {
        let report = try TestEnvironment.check(try Self.metadata(name))
        let hits = report.findings.filter { $0.rule == rule }
        if let severity {
            #expect(hits.contains { $0.severity == severity }, "\(name): \(report.findings.map { "\($0.rule)/\($0.severity)" })")
        } else {
            #expect(hits.isEmpty, "\(name): \(hits.map(\.message))")
        }
    }

    /// Corpus metadata its projects' own tests treat as valid, and that really is (current keys,
    /// no SHA-1 signature): also clean. Provenance in Fixtures/corpus/manifest.tsv.
    @Test("correct corpus metadata has no errors", arguments: [
        "python3-saml/metadata_settings1.xml", "python3-saml/no_expiration_mark_metadata.xml",
        "ssp-saml2/unsigned-metadata.xml",
    ])
    func corpusMetadataIsClean(path: String) throws {
        let data = try Corpus.data(path)
        let report = try TestEnvironment.checker().check(bytes: Array(data), source: path)
        let errors = report.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(path): \(errors.map { "\($0.rule)@\($0.line ?? 0): \($0.message)" })")
    }
}
