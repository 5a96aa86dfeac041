import Foundation
import Testing
@testable import SAMLCheck

/// Schema validation against Debian's schema packages, offline.
@Suite struct SchemaTests {
    static func findings(_ xml: String, schema: SchemaOptions = SchemaOptions()) throws -> [Finding] {
        try TestEnvironment.checker(now: RuleExample.clock, schema: schema).check(bytes: Array(xml.utf8), source: "test.xml").findings
    }

    static func schemaFindings(_ xml: String) throws -> [Finding] {
        try findings(xml).filter { $0.rule == "MD-SCHEMA-INVALID" }
    }

    @Test("generated violations give one finding each, at the element, in plain words", arguments: [
        (ExampleMetadata.entity("<md:SPSSODescriptor>\n  \(ExampleMetadata.postACS)\n</md:SPSSODescriptor>"), 2,
         "SPSSODescriptor is missing the required attribute protocolSupportEnumeration."),
        (ExampleMetadata.sp(ExampleMetadata.postACS + "\n<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>"), 4,
         "NameIDFormat is not allowed here"),
        (ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), attributes: #"validUntil="yesterday""#), 1,
         "EntityDescriptor's validUntil 'yesterday' is not a valid xs:dateTime."),
        (ExampleMetadata.sp("""
        <md:Extensions><mdui:UIInfo xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui"><mdui:Bogus>x</mdui:Bogus></mdui:UIInfo></md:Extensions>
        \(ExampleMetadata.postACS)
        """), 3, "mdui:Bogus is not allowed here"),
        (ExampleMetadata.idp("""
        <md:Extensions><shibmd:Scope xmlns:shibmd="urn:mace:shibboleth:metadata:1.0" regexp="maybe">example.org</shibmd:Scope></md:Extensions>
        \(ExampleMetadata.redirectSSO)
        """), 3, "shibmd:Scope's regexp 'maybe' is not a valid xs:boolean."),
    ])
    func violations(xml: String, line: Int, message: String) throws {
        let found = try Self.schemaFindings(xml)
        #expect(found.count == 1, "\(found.map(\.message))")
        let finding = try #require(found.first)
        #expect(finding.line == line)
        #expect(finding.message.hasPrefix(message), "\(finding.message)")
        #expect(finding.severity == .error)
        #expect(finding.path?.hasPrefix("/EntityDescriptor[@entityID=") == true)
        #expect(finding.entityID != nil)
    }

    @Test("an aggregate's violation names its entity")
    func aggregateEntity() throws {
        let xml = ExampleMetadata.aggregate([
            ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://good.example.org"),
            ExampleMetadata.member("<md:SPSSODescriptor>\(ExampleMetadata.postACS)</md:SPSSODescriptor>", entityID: "https://bad.example.org"),
        ])
        let finding = try #require(try Self.schemaFindings(xml).first)
        #expect(finding.entityID == "https://bad.example.org")
        #expect(finding.path == "/EntitiesDescriptor[@Name='https://federation.example.org']/EntityDescriptor[@entityID='https://bad.example.org']/SPSSODescriptor")
    }

    @Test("valid metadata, including every extension the schema set covers, has no schema finding")
    func validMetadata() throws {
        #expect(try Self.schemaFindings(String(contentsOf: TestEnvironment.samples.appendingPathComponent("clean-sp/metadata.xml"), encoding: .utf8)).isEmpty)
        #expect(try Self.schemaFindings(SignedExamples.signedIdP).isEmpty)
    }

    @Test("ADFS metadata with WS-Federation roles validates; the unvalidated content is reported as info")
    func adfs() throws {
        let xml = String(decoding: try Corpus.data("sustainsys/ReadEntityDescriptor_ADFS.xml"), as: UTF8.self)
        let all = try Self.findings(xml)
        #expect(all.filter { $0.rule == "MD-SCHEMA-INVALID" }.isEmpty, "\(all.filter { $0.rule == "MD-SCHEMA-INVALID" }.map(\.message))")
        let unknown = all.filter { $0.rule == "MD-UNKNOWN-NAMESPACE" }
        #expect(unknown.contains { $0.message.contains("WS-Federation") && $0.severity == .info })
        // Each unknown namespace is listed once.
        #expect(Set(unknown.map(\.message)).count == unknown.count)
    }

    /// Rows whose source's verdict is about the schema: its own XSD validation said valid or invalid.
    static let schemaRows: [String] = Corpus.rowsOrEmpty.filter { row in
        guard row.kind == "metadata" else { return false }
        if row.expected == "schema-invalid" { return true }
        return ["schema-valid", "testValidateXML", "testValidateMetadata", "test_valid_saml_metadata_doc"].contains { row.evidence.contains($0) }
    }.map(\.localFile)

    /// Where libxml2's schema validation is stricter than the source's validator.
    static let deviations: [String: String] = [
        "pysaml2/uu.xml": "protocolSupportEnumeration contains 'urn :oasis:names:tc:SAML:1.0:protocol' (a stray space splits the URI); libxml2 rejects ':oasis:…' as an xs:anyURI, pysaml2's xmlschema accepts it",
    ]

    @Test("the corpus's schema-valid and schema-invalid rows", arguments: schemaRows)
    func corpusRows(localFile: String) throws {
        let row = try #require(try Corpus.manifest().first { $0.localFile == localFile })
        let findings = try TestEnvironment.checker(schema: SchemaOptions()).check(bytes: Array(try Corpus.data(localFile)), source: localFile).findings
        let schema = findings.filter { $0.rule == "MD-SCHEMA-INVALID" }
        if row.expected == "schema-invalid" {
            // A document element that is not metadata at all is MD-ROOT-ELEMENT's (the schema would
            // say only that it declares no such element).
            #expect(!schema.isEmpty || findings.contains { $0.rule == "MD-ROOT-ELEMENT" },
                    "\(localFile) (\(row.repository):\(row.path)) should be schema-invalid")
        } else if let deviation = Self.deviations[localFile] {
            #expect(!schema.isEmpty, "\(localFile): expected the deviation (\(deviation))")
        } else {
            #expect(schema.isEmpty, "\(localFile) (\(row.repository):\(row.path)): \(schema.map(\.message))")
        }
    }

    @Test("an empty --schemas directory: one MD-SCHEMA-UNAVAILABLE warning, everything else still runs; --require-schema refuses")
    func unavailable() throws {
        let empty = TestScratch.path("empty-schemas")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let broken = ExampleMetadata.entity("<md:SPSSODescriptor>\n  \(ExampleMetadata.postACS)\n</md:SPSSODescriptor>")
        let findings = try Self.findings(broken, schema: SchemaOptions(location: SchemaLocation(directory: empty.path)))
        #expect(findings.filter { $0.rule == "MD-SCHEMA-UNAVAILABLE" }.count == 1)
        #expect(findings.first { $0.rule == "MD-SCHEMA-UNAVAILABLE" }?.severity == .warning)
        #expect(findings.first { $0.rule == "MD-SCHEMA-UNAVAILABLE" }?.hint?.contains("apt-get install opensaml-schemas") == true)
        #expect(!findings.contains { $0.rule == "MD-SCHEMA-INVALID" })
        #expect(findings.contains { $0.rule == "SP-ACS-MISSING" } == false && findings.contains { $0.rule == "SIG-MD-UNSIGNED" })
        #expect {
            _ = try Self.findings(broken, schema: SchemaOptions(location: SchemaLocation(directory: empty.path), required: true))
        } throws: { error in
            if case .schemaRequired = error as? CheckFailure { return true }
            return false
        }
        let file = try TestEnvironment.temporaryFile(Data(broken.utf8))
        let cli = try TestEnvironment.run(["check", file.path, "--schemas", empty.path, "--require-schema"])
        #expect(cli.status == 2)
        #expect(cli.standardError.hasPrefix("samlcheck: schema validation was required"))
    }

    @Test("--schemas accepts one flat directory holding the files")
    func flatDirectory() throws {
        let directory = TestScratch.path("flat-schemas")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in SchemaLocation.files {
            try FileManager.default.copyItem(atPath: file.directory + "/" + file.name, toPath: directory.appendingPathComponent(file.name).path)
        }
        let broken = ExampleMetadata.entity("<md:SPSSODescriptor>\n  \(ExampleMetadata.postACS)\n</md:SPSSODescriptor>")
        let findings = try Self.findings(broken, schema: SchemaOptions(location: SchemaLocation(directory: directory.path)))
        #expect(findings.filter { $0.rule == "MD-SCHEMA-INVALID" }.count == 1)
        #expect(!findings.contains { $0.rule == "MD-SCHEMA-UNAVAILABLE" })
    }

    @Test("validation reads only local files: nothing is refused, nothing is fetched")
    func offline() throws {
        let before = TestEnvironment.refusedEntityLoads
        _ = try Self.findings(SignedExamples.signedIdP)
        #expect(TestEnvironment.refusedEntityLoads == before)
    }

    @Test("validation from several threads gives the same findings as one by one")
    func concurrent() async throws {
        let documents = [
            ExampleMetadata.sp(), ExampleMetadata.entity("<md:SPSSODescriptor>\(ExampleMetadata.postACS)</md:SPSSODescriptor>"),
            SignedExamples.signedIdP, ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), attributes: #"validUntil="x""#),
        ]
        let inputs = (0..<40).map { documents[$0 % documents.count] }
        let sequential = try inputs.map { try Self.schemaFindings($0).map(\.message) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for (index, xml) in inputs.enumerated() { group.addTask { (index, try Self.schemaFindings(xml).map(\.message)) } }
            var results = [[String]](repeating: [], count: inputs.count)
            for try await (index, messages) in group { results[index] = messages }
            return results
        }
        #expect(concurrent == sequential)
    }
}
