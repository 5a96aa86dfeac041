import Foundation
import Testing
@testable import SAMLCheck

/// `check DIR` and several documents in one run: which files a directory yields, reports in
/// input order though checked side by side, and the rules across documents.
@Suite struct ManySourcesTests {
    static func idp(_ entityID: String, certificate: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="\(entityID)">
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(certificate)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://\(URL(string: entityID)?.host ?? "idp.example.org")/sso"/>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """
    }

    /// A directory tree: metadata in two levels, a hidden directory, a text file, and a link back
    /// to the root (a loop if links to directories were followed).
    static func tree() throws -> URL {
        let root = try TestEnvironment.temporaryFile(Data(), name: "unused").deletingLastPathComponent().appendingPathComponent("partners")
        let manager = FileManager.default
        for directory in ["a", "b/deeper", ".git"] {
            try manager.createDirectory(at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        let clean = try Data(contentsOf: TestEnvironment.samples.appendingPathComponent("clean-sp/metadata.xml"))
        for file in ["z-last.xml", "a/sp.xml", "b/deeper/SP-copy.XML", "b/other.xml", ".git/config.xml"] {
            try clean.write(to: root.appendingPathComponent(file))
        }
        try Data("not metadata".utf8).write(to: root.appendingPathComponent("README.txt"))
        try manager.createSymbolicLink(at: root.appendingPathComponent("b/loop"), withDestinationURL: root)
        return root
    }

    @Test("a directory yields its *.xml files, sorted and recursive, without hidden ones or loops; --include and --exclude choose")
    func expansion() throws {
        let root = try Self.tree()
        func files(_ include: [String] = [], _ exclude: [String] = []) throws -> [String] {
            try InputExpansion.expand([root.path], include: include, exclude: exclude).map { $0.displayName.replacingOccurrences(of: root.path + "/", with: "") }
        }
        #expect(try files() == ["a/sp.xml", "b/deeper/SP-copy.XML", "b/other.xml", "z-last.xml"])
        #expect(try files([], ["b/*"]) == ["a/sp.xml", "z-last.xml"])
        #expect(try files([], ["*copy*"]) == ["a/sp.xml", "b/other.xml", "z-last.xml"])
        #expect(try files(["*.txt"]) == ["README.txt"])
        #expect(try InputExpansion.expand(["-", "https://example.org/md.xml", "x.xml"]) == [.standardInput, .url("https://example.org/md.xml"), .file("x.xml")])
        #expect(throws: InputExpansion.EmptyDirectory.self) { try InputExpansion.expand([root.appendingPathComponent(".git").path], include: ["*.none"]) }
    }

    @Test("check DIR: reports in path order, an entityID in two files is an error on the later one naming the earlier")
    func directoryRun() throws {
        let root = try Self.tree()
        let result = try TestEnvironment.run(["check", root.path, "--now", "2026-11-29", "--format", "json"])
        #expect(result.status == 1, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        let sources = documents.compactMap { ($0["source"] as? String)?.replacingOccurrences(of: root.path + "/", with: "") }
        #expect(sources == ["a/sp.xml", "b/deeper/SP-copy.XML", "b/other.xml", "z-last.xml"])
        for (index, document) in documents.enumerated() {
            let duplicates = (document["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "MD-ENTITYID-DUPLICATE" }
            if index == 0 {
                #expect(duplicates.isEmpty, "the first definition is not the duplicate")
            } else {
                #expect(duplicates.count == 1)
                let related = duplicates.first?["related"] as? [String: Any]
                #expect(related?["document"] as? String == root.appendingPathComponent("a/sp.xml").path && related?["line"] as? Int == 3)
                #expect((duplicates.first?["message"] as? String)?.contains("also defined in \(root.path)/a/sp.xml (line 3)") == true)
            }
        }
        let empty = try TestEnvironment.run(["check", root.appendingPathComponent(".git").path, "--include", "*.none"])
        #expect(empty.status == 2 && empty.standardError.split(separator: "\n").count == 1)
    }

    @Test("one signing key in entities of two files is reported once, in the later file; the same entity twice is a duplicate, not a key reuse")
    func keyAcrossFiles() throws {
        let certificate = try TestPKI.shared.identity(subject: "shared.example.org").certificateBase64
        let first = try TestEnvironment.temporaryFile(Data(Self.idp("https://idp1.example.org/idp", certificate: certificate).utf8), name: "one.xml")
        let second = try TestEnvironment.temporaryFile(Data(Self.idp("https://idp2.example.org/idp", certificate: certificate).utf8), name: "two.xml")
        let reports = try [first, second].map { try TestEnvironment.checker().check(bytes: Array(Data(contentsOf: $0)), source: $0.lastPathComponent) }
        var documents = reports
        CrossDocumentChecks.apply(to: &documents, settings: RuleSettings(now: TestEnvironment.clock))
        #expect(!documents[0].findings.contains { $0.rule == "OPS-KEY-REUSE-ACROSS-ENTITIES" })
        let reuse = documents[1].findings.filter { $0.rule == "OPS-KEY-REUSE-ACROSS-ENTITIES" }
        #expect(reuse.count == 1 && reuse.first?.related?.document == "one.xml" && reuse.first?.entityID == "https://idp2.example.org/idp")
        #expect(reuse.first?.message.contains("https://idp1.example.org/idp in one.xml") == true)

        // The same document twice: its entity is duplicated, its key is not "shared".
        var twice = [reports[0], reports[0]]
        twice[1].source = "again.xml"
        CrossDocumentChecks.apply(to: &twice, settings: RuleSettings(now: TestEnvironment.clock))
        #expect(twice[1].findings.map(\.rule).filter { $0 == "MD-ENTITYID-DUPLICATE" || $0 == "OPS-KEY-REUSE-ACROSS-ENTITIES" } == ["MD-ENTITYID-DUPLICATE"])

        // Turned off, it is silent.
        var quiet = reports
        var settings = RuleSettings(now: TestEnvironment.clock)
        settings.disabledRules = ["OPS-KEY-REUSE-ACROSS-ENTITIES"]
        CrossDocumentChecks.apply(to: &quiet, settings: settings)
        #expect(!quiet[1].findings.contains { $0.rule == "OPS-KEY-REUSE-ACROSS-ENTITIES" })
    }
}
