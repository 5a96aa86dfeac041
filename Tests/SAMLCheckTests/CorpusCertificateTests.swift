import Foundation
import Testing
@testable import SAMLCheck

/// The certificate rows of the corpus manifest (Fixtures/corpus), checked at the clock the manifest's
/// verdicts were taken (2026-11-29), and the light DER reader checked against OpenSSL on them.
@Suite struct CorpusCertificateTests {
    static let rows: [Corpus.Row] = Corpus.rowsOrEmpty.filter { $0.kind == "cert" }

    /// The certificate as it would appear in ds:X509Certificate: the PEM block's base64, or a DER
    /// file base64-encoded.
    static func certificateText(_ row: Corpus.Row) throws -> String {
        let data = try Corpus.data(row.localFile)
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains("-----BEGIN") else { return data.base64EncodedString() }
        var inside = false
        var lines: [Substring] = []
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("-----BEGIN") { inside = true; continue }
            if line.hasPrefix("-----END") { break }
            if inside { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    @Test("the manifest lists the certificate rows")
    func rowsRead() { #expect(Self.rows.count >= 20) }

    @Test("each corpus certificate gives the verdict its source expects", arguments: rows.map(\.localFile))
    func verdict(localFile: String) throws {
        let row = try #require(Self.rows.first { $0.localFile == localFile })
        // A malformed PEM file is what people paste whole into ds:X509Certificate; the rest go in
        // as their base64.
        let text = row.expected == "not-wellformed" ? String(decoding: try Corpus.data(localFile), as: UTF8.self) : try Self.certificateText(row)
        let xml = CertificateTests.idp([(text, "signing")])
        let findings = try CertificateTests.findings(xml, profiles: [.saml2int])
        let rules = Set(findings.map(\.rule))
        let expectations = row.expected.split(separator: "+").map(String.init)
        for expectation in expectations {
            switch expectation {
            case "expired-cert":
                #expect(rules.contains("CERT-EXPIRED"), "\(localFile) (\(row.repository):\(row.path)): \(rules.sorted())")
            case "weak-cert":
                #expect(!rules.isDisjoint(with: ["CERT-RSA-WEAK", "CERT-DSA", "CERT-EC-WEAK", "CERT-SIG-WEAK-HASH"]),
                        "\(localFile) (\(row.repository):\(row.path)): \(rules.sorted())")
            case "not-wellformed":
                #expect(rules.contains("CERT-PARSE"), "\(localFile): \(rules.sorted())")
            case "unknown":
                #expect(!rules.contains("CERT-PARSE"), "\(localFile) should decode: \(findings.filter { $0.rule == "CERT-PARSE" }.map(\.message))")
            default:
                Issue.record("unexpected verdict \(expectation) for \(localFile)")
            }
        }
    }

    @Test("the light DER reader agrees with OpenSSL on every corpus certificate OpenSSL reads", arguments: rows.map(\.localFile))
    func agreesWithOpenSSL(localFile: String) throws {
        let row = try #require(Self.rows.first { $0.localFile == localFile })
        guard case .success(let der) = Base64.decode(try Self.certificateText(row)),
              let reference = OpenSSLCertificateReader.read(der: der) else {
            // OpenSSL cannot read it either: the light reader must refuse it too.
            if case .success(let der) = Base64.decode(try Self.certificateText(row)) {
                #expect(throws: (any Error).self) { try CertificateDecoder.decode(der: der).get() }
            }
            return
        }
        let ours = try CertificateDecoder.decode(der: der).get()
        #expect(ours.notBefore == reference.notBefore, "\(localFile) notBefore")
        #expect(ours.notAfter == reference.notAfter, "\(localFile) notAfter")
        #expect(ours.keyBits == reference.keyBits, "\(localFile) key bits \(String(describing: ours.keyBits)) vs \(reference.keyBits)")
        let typeNames: [CertificateInfo.KeyType: String] = [.rsa: "rsaEncryption", .ec: "id-ecPublicKey", .dsa: "dsaEncryption", .rsaPSS: "RSASSA-PSS"]
        if let name = typeNames[ours.keyType] { #expect(reference.keyType == name || reference.keyType == ours.keyType.rawValue, "\(localFile) \(reference.keyType)") }
        let normalise = { (name: String) in name.lowercased().filter { $0.isLetter || $0.isNumber } }
        #expect(normalise(ours.signatureAlgorithm) == normalise(reference.signatureAlgorithm),
                "\(localFile) \(ours.signatureAlgorithm) vs \(reference.signatureAlgorithm)")
    }
}
