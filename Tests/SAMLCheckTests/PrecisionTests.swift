import Foundation
import Testing
@testable import SAMLCheck

/// Findings a federation operator checked against the clauses the rules cite, on real metadata:
/// the ones that were wrong must stay gone, one cause is one finding, and the text report does
/// not bury the findings that differ under repeats.
@Suite struct PrecisionTests {
    /// Rules an audit of real metadata found reporting errors where the spec says nothing is
    /// wrong. On the repository's real metadata they must never report an error under the
    /// default profiles.
    static let preciseOnly: Set<String> = [
        "EP-ARTIFACT-NO-ARS", "SP-ENC-KEY-MISSING", "IDP-SIGNING-KEY-MISSING", "ALG-KEYTRANSPORT-MISMATCH",
        "KEY-NO-REPRESENTATION", "KEY-MULTI-CERT", "ALG-WEAK-DIGEST", "ALG-WEAK-SIGNING",
        "SIG-ALG-SHA1", "SIG-DIGEST-SHA1", "SIG-ALG-DSA",
    ]

    /// Pairs of rules where the first, on the same element, names the cause of the second
    /// more precisely: the report holds only the first.
    static let twins: [(kept: String, folded: String)] = [
        ("EP-LOCALHOST", "EP-HTTPS"), ("EP-BINDING-ACS", "IDX-DEFAULT-EFFECTIVE"), ("KEY-USE-OMITTED", "KEY-SAME-SIGN-ENC"),
        ("OPS-PLACEHOLDER", "MD-ENTITYID-HOST"), ("SIG-ID-MISSING", "SIG-REF-URI-EMPTY"),
    ]

    /// Every metadata document in the repository: the corpus of other projects' files, the
    /// precision fixtures, products' metadata and the samples.
    static func repositoryMetadata() throws -> [(name: String, bytes: [UInt8])] {
        var documents: [(String, [UInt8])] = []
        for directory in ["corpus", "precision"] {
            let root = try TestEnvironment.fixture(directory)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "xml" {
                let bytes = Array(try Data(contentsOf: file))
                let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
                guard text.contains("EntityDescriptor") || text.contains("EntitiesDescriptor") else { continue }
                documents.append((directory + "/" + file.lastPathComponent, bytes))
            }
        }
        for product in ProductMetadataTests.products {
            documents.append(("products/" + product, Array(try ProductMetadataTests.metadata(product).utf8)))
        }
        for sample in try FileManager.default.contentsOfDirectory(atPath: TestEnvironment.samples.path).sorted() {
            let file = TestEnvironment.samples.appendingPathComponent(sample + "/metadata.xml")
            if let data = FileManager.default.contents(atPath: file.path) { documents.append(("samples/" + sample, Array(data))) }
        }
        return documents
    }

    @Test("no precise-only rule reports an error, and no twin pair appears, on any metadata in the repository")
    func corpusWide() throws {
        let documents = try Self.repositoryMetadata()
        #expect(documents.count > 40, "the corpus went missing: \(documents.count) documents")
        let checker = TestEnvironment.checker()
        for (name, bytes) in documents {
            let report = try checker.check(bytes: bytes, source: name)
            let wrong = report.findings.filter { $0.severity == .error && Self.preciseOnly.contains($0.rule) }
            #expect(wrong.isEmpty, "\(name): \(wrong.map { "\($0.rule)@\($0.line ?? 0): \($0.message)" })")
            for (kept, folded) in Self.twins {
                let keptPlaces = Set(report.findings.filter { $0.rule == kept }.map { "\($0.entityID ?? "")@\($0.line ?? 0)" })
                let doubled = report.findings.filter { $0.rule == folded && keptPlaces.contains("\($0.entityID ?? "")@\($0.line ?? 0)") }
                #expect(doubled.isEmpty, "\(name): \(folded) next to \(kept) at \(doubled.map { $0.line ?? 0 })")
            }
        }
    }

    @Test("Shibboleth SPs of the SWAMID feed that receive logout by HTTP-Artifact are not told they send artifacts")
    func artifactReceivers() throws {
        let bytes = Array(try Data(contentsOf: try TestEnvironment.fixture("corpus/pysaml2/swamid-1.0.xml")))
        let checker = TestEnvironment.checker()
        let model = try checker.load(bytes: bytes).get()
        // The case: SPs with an HTTP-Artifact SingleLogoutService and no ArtifactResolutionService.
        let receivers = model.entities.filter { entity in
            entity.serviceProviders.contains { role in
                role.endpoints(.singleLogoutService).contains { $0.knownBinding == .httpArtifact } && role.endpoints(.artifactResolutionService).isEmpty
            }
        }
        #expect(receivers.count >= 10, "\(receivers.count)")
        let report = try checker.check(bytes: bytes, source: "swamid-1.0.xml")
        #expect(!report.findings.contains { $0.rule == "EP-ARTIFACT-NO-ARS" })
    }

    @Test("SAML 1.1-only SPs of the SWAMID feed are not asked for an encryption key")
    func saml11ServiceProviders() throws {
        let bytes = Array(try Data(contentsOf: try TestEnvironment.fixture("corpus/pysaml2/swamid-1.0.xml")))
        let checker = TestEnvironment.checker()
        let model = try checker.load(bytes: bytes).get()
        // The feed does hold SPs that speak only SAML 1.1 and publish no encryption key: the case.
        let saml11Only = Set(model.entities.filter { entity in
            !entity.serviceProviders.isEmpty && entity.serviceProviders.allSatisfy { !$0.supportsSAML2 }
        }.compactMap(\.entityID))
        #expect(saml11Only.count >= 5, "\(saml11Only.count)")
        let report = try checker.check(bytes: bytes, source: "swamid-1.0.xml")
        let wrong = report.findings.filter { $0.rule == "SP-ENC-KEY-MISSING" && saml11Only.contains($0.entityID ?? "") }
        #expect(wrong.isEmpty, "\(wrong.map { $0.entityID ?? "" })")
    }

    @Test("a signing key named by ds:KeyName is one finding: KEY-NO-REPRESENTATION, a warning unless saml2int is selected")
    func keyNameOnly() throws {
        let bytes = Array(try Data(contentsOf: try TestEnvironment.fixture("precision/swamid-idp-keyname.xml")))
        let report = try TestEnvironment.checker().check(bytes: bytes, source: "swamid-idp-keyname.xml")
        #expect(!report.findings.contains { $0.rule == "IDP-SIGNING-KEY-MISSING" }, "\(report.findings.map(\.rule))")
        #expect(report.findings.filter { $0.rule == "KEY-NO-REPRESENTATION" }.map(\.severity) == [.warning])
        let strict = try TestEnvironment.checker(profiles: [.saml2int]).check(bytes: bytes, source: "swamid-idp-keyname.xml")
        #expect(strict.findings.filter { $0.rule == "KEY-NO-REPRESENTATION" }.map(\.severity) == [.error])
    }

    @Test("an EncryptionMethod in a signing KeyDescriptor is not judged against the key (ALG §2.3)")
    func encryptionMethodOnSigningKey() throws {
        let bytes = Array(try Data(contentsOf: try TestEnvironment.fixture("precision/swamid-sp-signing-encryptionmethod.xml")))
        let report = try TestEnvironment.checker().check(bytes: bytes, source: "swamid-sp-signing-encryptionmethod.xml")
        #expect(!report.findings.contains { $0.rule == "ALG-KEYTRANSPORT-MISMATCH" }, "\(report.findings.map(\.rule))")
        // What is wrong there is reported, by the rule about it.
        #expect(report.findings.contains { $0.rule == "KEY-ENCMETHOD-ON-SIGNING" })
    }

    @Test("SHA-1 signature findings keep their declared severity; the refusal is SIG-INVALID's")
    func sha1SeverityAgreesWithDeclaration() throws {
        let bytes = Array(try Data(contentsOf: try TestEnvironment.fixture("corpus/pysaml2/swamid-1.0.xml")))
        let report = try TestEnvironment.checker().check(bytes: bytes, source: "swamid-1.0.xml")
        for rule in ["SIG-ALG-SHA1", "SIG-DIGEST-SHA1"] {
            let declared = try #require(RuleRegistry.all.first { $0.description.id == rule }).description
            let reported = report.findings.filter { $0.rule == rule }.map(\.severity)
            #expect(reported == [declared.severity], "\(rule): \(reported)")
        }
        #expect(report.findings.contains { $0.rule == "SIG-INVALID" && $0.severity == .error && $0.message.contains("--allow-sha1") })
        #expect(report.signature.status == .invalid)
    }

    /// An SP on one line: every element shares line 1.
    static let oneLine = #"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sp.northwind.edu/shibboleth"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="http://localhost:8080/acs" index="1"/><md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="http://sp.northwind.edu/acs" index="2"/></md:SPSSODescriptor></md:EntityDescriptor>"#

    @Test("folding twins tells elements on one line apart, and never lowers the severity")
    func twinsOnOneLine() throws {
        let report = try TestEnvironment.check(Self.oneLine)
        // localhost: EP-LOCALHOST only; the other http endpoint keeps its EP-HTTPS.
        #expect(report.findings.filter { $0.rule == "EP-LOCALHOST" }.count == 1)
        #expect(report.findings.filter { $0.rule == "EP-HTTPS" }.map(\.message) == ["AssertionConsumerService (index 2) Location 'http://sp.northwind.edu/acs' uses http:, not https:."])
        // Under saml2int EP-HTTPS is an error: the EP-LOCALHOST that stands for it is one too.
        let strict = try TestEnvironment.check(Self.oneLine, profiles: [.saml2int])
        #expect(strict.findings.filter { $0.rule == "EP-LOCALHOST" }.map(\.severity) == [.error])
        #expect(strict.findings.filter { $0.rule == "EP-HTTPS" }.count == 1)
    }

    /// An IdP whose one expired certificate sits in three KeyDescriptors, and an SP with 40
    /// plain-http endpoints.
    static func repetitive() -> String {
        let expired = CertificateExamples.expired
        let keys = (1...3).map { _ in CertificateExamples.keyDescriptor(expired, use: "signing") }.joined(separator: "\n")
        let slo = (1...40).map { #"<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="http://sp.northwind.edu/slo/\#($0)"/>"# }
            .joined(separator: "\n")
        return ExampleMetadata.aggregate([
            ExampleMetadata.member(ExampleMetadata.role("IDPSSODescriptor", keys + "\n" + ExampleMetadata.redirectSSO),
                                   entityID: "https://idp.northwind.edu/idp"),
            ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", slo + "\n" + ExampleMetadata.postACS),
                                   entityID: "https://sp.northwind.edu/shibboleth"),
        ])
    }

    @Test("a certificate repeated in an entity's KeyDescriptors is one finding that names the other lines")
    func certificateOncePerEntity() throws {
        let report = try TestEnvironment.check(Self.repetitive())
        let expired = report.findings.filter { $0.rule == "CERT-EXPIRED" }
        #expect(expired.count == 1, "\(expired.map(\.message))")
        #expect(expired.first?.message.contains("The same certificate is also at lines") == true, "\(expired.first?.message ?? "")")
    }

    @Test("the text report folds a rule repeated in one entity into one line; --verbose and JSON keep every finding")
    func textFoldsRepeats() throws {
        let file = try TestEnvironment.temporaryFile(Data(Self.repetitive().utf8))
        let folded = try TestEnvironment.run(["check", "--no-color", "--now", "2026-11-29T00:00:00Z", file.path])
        let httpLines = folded.standardOutput.split(separator: "\n").filter { $0.contains("EP-HTTPS") }
        #expect(httpLines.count == 1, "\(httpLines)")
        #expect(httpLines.first?.contains("EP-HTTPS ×40 at lines") == true, "\(httpLines)")
        #expect(httpLines.first?.contains("first: SingleLogoutService") == true)
        let verbose = try TestEnvironment.run(["check", "--no-color", "--verbose", "--now", "2026-11-29T00:00:00Z", file.path])
        #expect(verbose.standardOutput.split(separator: "\n").filter { $0.contains("EP-HTTPS") }.count == 40)
        #expect(folded.status == verbose.status)
        let json = try TestEnvironment.run(["check", "--format", "json", "--now", "2026-11-29T00:00:00Z", file.path])
        #expect(json.standardOutput.components(separatedBy: "\"EP-HTTPS\"").count - 1 == 40)
    }

    @Test("line summaries", arguments: [
        ([12, 4031, 400, 17, 19, 23, 50] as [Int?], "×7 at lines 12–4,031"),
        ([5, 9, 9] as [Int?], "×3 at lines 5, 9"),
        ([nil, nil] as [Int?], "×2"),
    ])
    func lineSummaries(lines: [Int?], expected: String) {
        #expect(RepeatedFindings.summary(lines) == expected)
    }
}
