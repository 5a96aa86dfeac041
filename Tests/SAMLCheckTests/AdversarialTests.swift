import Foundation
import Testing
@testable import SAMLCheck

/// Hostile input, generated here: each case must end in its finding or its one-line error, within
/// a time and memory bound measured around the real `samlcheck` process (/usr/bin/time), and
/// never with a crash, a hang, a fetched URL or a local file's content in the output.
@Suite(.serialized) struct AdversarialTests {
    struct Bounded {
        let result: ProcessResult
        let seconds: Double
        let peakMiB: Double
    }

    static let md = #"xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata""#
    static let leakMarker = "root:x:0:0"

    /// Runs `samlcheck check FILE extra…` under /usr/bin/time and returns its outcome and cost.
    static func check(_ contents: Data, name: String = "hostile.xml", _ extra: [String] = [], timeout: Double = 120) throws -> Bounded {
        let file = try TestEnvironment.temporaryFile(contents, name: name)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        return try run(["check", file.path, "--now", "2026-11-29", "--format", "json", "--no-config"] + extra, timeout: timeout)
    }

    static func run(_ arguments: [String], timeout: Double = 120) throws -> Bounded {
        let times = TestScratch.path("time")
        defer { try? FileManager.default.removeItem(at: times) }
        let started = Date()
        let result = try TestEnvironment.runProgram(URL(fileURLWithPath: "/usr/bin/time"),
                                                    ["-o", times.path, "-f", "%M", TestEnvironment.executable.path] + arguments, timeout: timeout)
        let kib = Double((try? String(contentsOf: times, encoding: .utf8))?.split(separator: "\n").last.flatMap { Double($0) } ?? 0)
        return Bounded(result: result, seconds: Date().timeIntervalSince(started), peakMiB: kib / 1024)
    }

    static func rules(_ bounded: Bounded) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bounded.result.standardOutput.utf8)) as? [String: Any] else { return [] }
        return ((object["documents"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }.compactMap { $0["rule"] as? String }
    }

    static func expectNoLeakOrCrash(_ bounded: Bounded, _ label: String) {
        #expect(bounded.result.status == 0 || bounded.result.status == 1 || bounded.result.status == 2, "\(label): exit \(bounded.result.status)")
        #expect(!bounded.result.standardOutput.contains(leakMarker) && !bounded.result.standardError.contains(leakMarker), "\(label) leaked /etc/passwd")
        #expect(!bounded.result.standardError.contains("Fatal error"), "\(label): \(bounded.result.standardError)")
    }

    static func entity(_ content: String, attributes: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor \(md) entityID="https://sp.northwind.edu/shibboleth"\(attributes.isEmpty ? "" : " " + attributes)>
          <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            \(content)
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.northwind.edu/acs" index="1"/>
          </md:SPSSODescriptor>
        </md:EntityDescriptor>
        """
    }

    @Test("entity expansion and DTDs are refused at the DOCTYPE: billion laughs, quadratic blow-up, XXE, external DTD", arguments: [
        "billion-laughs", "quadratic", "xxe", "external-dtd",
    ])
    func doctypes(kind: String) throws {
        let prolog: String
        switch kind {
        case "billion-laughs":
            var entities = #"<!ENTITY lol "lol">"#
            for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }
            prolog = "<!DOCTYPE md:EntityDescriptor [\(entities)]>"
        case "quadratic":
            prolog = "<!DOCTYPE md:EntityDescriptor [<!ENTITY a \"" + String(repeating: "a", count: 50_000) + "\">]>"
        case "xxe":
            prolog = #"<!DOCTYPE md:EntityDescriptor [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#
        default:
            prolog = #"<!DOCTYPE md:EntityDescriptor SYSTEM "http://127.0.0.1:9/evil.dtd">"#
        }
        let reference = kind == "billion-laughs" ? "&lol9;" : kind == "quadratic" ? String(repeating: "&a;", count: 10_000) : kind == "xxe" ? "&x;" : ""
        let xml = "<?xml version=\"1.0\"?>\n" + prolog + "\n" + Self.entity("<md:Extensions><x xmlns=\"urn:x\">\(reference)</x></md:Extensions>")
            .split(separator: "\n").dropFirst().joined(separator: "\n")
        let outcome = try Self.check(Data(xml.utf8))
        Self.expectNoLeakOrCrash(outcome, kind)
        #expect(outcome.result.status == 1)
        #expect(Self.rules(outcome) == ["MD-DTD-PRESENT"], "\(kind): \(Self.rules(outcome))")
        #expect(outcome.seconds < 10 && outcome.peakMiB < 150, "\(kind): \(outcome.seconds) s, \(outcome.peakMiB) MiB")
    }

    @Test("XInclude is never processed")
    func xinclude() throws {
        let xml = Self.entity(#"<md:Extensions><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/></md:Extensions>"#)
        let outcome = try Self.check(Data(xml.utf8))
        Self.expectNoLeakOrCrash(outcome, "xinclude")
        // md:Extensions admits foreign elements: the include is an unknown-namespace note, never an include.
        #expect(Self.rules(outcome).contains("MD-UNKNOWN-NAMESPACE"), "\(Self.rules(outcome))")
    }

    @Test("deep nesting, a 50 MB attribute and a 12 MB text node stop at libxml2's limits, explained")
    func limits() throws {
        let deep = Self.entity("<md:Extensions>" + String(repeating: "<x xmlns=\"urn:x\">", count: 100_000) + String(repeating: "</x>", count: 100_000) + "</md:Extensions>")
        let attribute = Self.entity("", attributes: "ID=\"" + String(repeating: "a", count: 50_000_000) + "\"")
        let text = Self.entity("<md:Extensions><x xmlns=\"urn:x\">" + String(repeating: "t", count: 12_000_000) + "</x></md:Extensions>")
        for (label, xml, words) in [("deep", deep, "nest"), ("attribute", attribute, "10"), ("text", text, "10")] {
            let outcome = try Self.check(Data(xml.utf8))
            Self.expectNoLeakOrCrash(outcome, label)
            #expect(outcome.result.status == 1, "\(label)")
            #expect(Self.rules(outcome) == ["MD-XML-WELLFORMED"], "\(label): \(Self.rules(outcome))")
            #expect(outcome.result.standardOutput.contains(words), "\(label): \(outcome.result.standardOutput.prefix(600))")
            #expect(outcome.seconds < 20 && outcome.peakMiB < 400, "\(label): \(outcome.seconds) s, \(outcome.peakMiB) MiB")
        }
    }

    @Test("invalid UTF-8, NUL bytes and truncated documents are well-formedness findings")
    func brokenBytes() throws {
        let clean = try Data(contentsOf: TestEnvironment.samples.appendingPathComponent("clean-sp/metadata.xml"))
        var invalid = clean
        invalid.replaceSubrange(400..<402, with: [0xC3, 0x28])
        var nul = clean
        nul.replaceSubrange(500..<501, with: [0x00])
        var cases: [(String, Data)] = [("invalid UTF-8", invalid), ("NUL", nul)]
        for cut in stride(from: 10, to: clean.count - 10, by: clean.count / 7) { cases.append(("truncated at \(cut)", clean.prefix(cut))) }
        for (label, data) in cases {
            let outcome = try Self.check(data)
            Self.expectNoLeakOrCrash(outcome, label)
            #expect(outcome.result.status == 1, "\(label)")
            #expect(Self.rules(outcome) == ["MD-XML-WELLFORMED"], "\(label): \(Self.rules(outcome))")
        }
    }

    @Test("UTF-16, with and without a BOM, reads like UTF-8")
    func utf16() throws {
        let clean = try String(contentsOf: TestEnvironment.samples.appendingPathComponent("clean-sp/metadata.xml"), encoding: .utf8)
        let utf8Rules = Self.rules(try Self.check(Data(clean.utf8))).sorted()
        let declared = clean.replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="UTF-16""#)
        let withBOM = Data([0xFF, 0xFE]) + declared.data(using: .utf16LittleEndian)!
        let withoutBOM = declared.data(using: .utf16LittleEndian)!
        for (label, data) in [("BOM", withBOM), ("no BOM", withoutBOM)] {
            let outcome = try Self.check(data)
            Self.expectNoLeakOrCrash(outcome, label)
            #expect(Self.rules(outcome).sorted() == utf8Rules, "UTF-16 \(label): \(Self.rules(outcome))")
        }
    }

    @Test("a certificate whose base64 decodes to 7 MB of garbage is one CERT-PARSE finding")
    func garbageCertificate() throws {
        var garbage = [UInt8](repeating: 0, count: 7_000_000)
        for index in garbage.indices { garbage[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
        let base64 = Base64.encode(garbage)
        let xml = Self.entity(#"<md:KeyDescriptor><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>\#(base64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"#)
        let outcome = try Self.check(Data(xml.utf8))
        Self.expectNoLeakOrCrash(outcome, "garbage certificate")
        #expect(Self.rules(outcome).filter { $0 == "CERT-PARSE" }.count == 1, "\(Self.rules(outcome))")
        #expect(outcome.seconds < 20 && outcome.peakMiB < 500, "\(outcome.seconds) s, \(outcome.peakMiB) MiB")
    }

    static func signed(_ signature: String) -> String {
        ExampleMetadata.signedIdP(signature).filter { $0 != "↓" }
    }

    @Test("signatures built to hurt: 10,000 References, file:// and http:// References, XSLT and XPath transforms", arguments: [
        "references", "file", "http", "xslt", "xpath",
    ])
    func hostileSignatures(kind: String) throws {
        let enveloped = ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"]
        let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"
        let references: [(uri: String?, transforms: [String], digest: String)]
        let expected: String
        switch kind {
        case "references":
            references = (0..<10_000).map { _ in ("#_example", enveloped, sha256) }
            expected = "SIG-REF-COUNT"
        case "file":
            references = [("file:///etc/passwd", ["http://www.w3.org/2001/10/xml-exc-c14n#"], sha256)]
            expected = "SIG-REF-URI-ROOT"
        case "http":
            references = [("http://127.0.0.1:9/steal", ["http://www.w3.org/2001/10/xml-exc-c14n#"], sha256)]
            expected = "SIG-REF-URI-ROOT"
        case "xslt":
            references = [("#_example", ["http://www.w3.org/TR/1999/REC-xslt-19991116"], sha256)]
            expected = "SIG-TRANSFORM-DISALLOWED"
        default:
            references = [("#_example", ["http://www.w3.org/TR/1999/REC-xpath-19991116"], sha256)]
            expected = "SIG-TRANSFORM-DISALLOWED"
        }
        let outcome = try Self.check(Data(Self.signed(ExampleMetadata.signature(references: references)).utf8),
                                     ["--trust", try TestEnvironment.temporaryFile(Data(("-----BEGIN CERTIFICATE-----\n" + SignedExamples.signerCertificate + "\n-----END CERTIFICATE-----\n").utf8), name: "signer.pem").path])
        Self.expectNoLeakOrCrash(outcome, kind)
        #expect(Self.rules(outcome).contains(expected), "\(kind): \(Self.rules(outcome))")
        #expect(!outcome.result.standardOutput.contains("\"status\" : \"valid\""))
        #expect(outcome.seconds < 20, "\(kind): \(outcome.seconds) s")
    }

    static let trustSigner: [String] = {
        let pem = "-----BEGIN CERTIFICATE-----\n" + SignedExamples.signerCertificate + "\n-----END CERTIFICATE-----\n"
        return ["--trust", try! TestEnvironment.temporaryFile(Data(pem.utf8), name: "signer.pem").path]
    }()

    @Test("wrapping: a second element with the signed ID, carrying the original content, does not make a forged document valid")
    func wrapping() throws {
        let original = SignedExamples.signedIdP
        let valid = try Self.check(Data(original.utf8), Self.trustSigner)
        #expect(valid.result.standardOutput.contains("\"status\" : \"valid\""), "the untouched document verifies")
        // The attacker changes the SSO Location and tucks a copy of the signed element, same ID, into Extensions.
        guard let roleStart = original.range(of: "<md:IDPSSODescriptor") else { Issue.record("fixture changed"); return }
        let forged = original
            .replacingOccurrences(of: "https://idp.example.org/idp/profile/SAML2/Redirect/SSO", with: "https://attacker.example.net/sso")
        let copy = original[original.range(of: "<md:EntityDescriptor")!.lowerBound...]
            .replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "")
        let wrapped = forged.replacingCharacters(in: forged.range(of: "<md:IDPSSODescriptor")!,
                                                  with: "<md:Extensions><w:Wrapper xmlns:w=\"urn:wrap\">\(copy)</w:Wrapper></md:Extensions>\n<md:IDPSSODescriptor")
        _ = roleStart
        let outcome = try Self.check(Data(wrapped.utf8), Self.trustSigner)
        Self.expectNoLeakOrCrash(outcome, "wrapping")
        #expect(!outcome.result.standardOutput.contains("\"status\" : \"valid\""), "a wrapped, edited document must not verify")
        #expect(Self.rules(outcome).contains("MD-ID-DUPLICATE"), "\(Self.rules(outcome))")
    }

    @Test("a comment inside signed text changes nothing for c14n, and the model reads the whole text around it")
    func commentInSignedText() throws {
        let original = SignedExamples.signedIdP
        guard let start = original.range(of: "<ds:X509Certificate>")?.upperBound else { Issue.record("fixture changed"); return }
        let split = original.index(start, offsetBy: 30)
        let commented = original.replacingCharacters(in: split..<split, with: "<!-- x -->")
        let outcome = try Self.check(Data(commented.utf8), Self.trustSigner)
        Self.expectNoLeakOrCrash(outcome, "comment")
        #expect(outcome.result.standardOutput.contains("\"status\" : \"valid\""), "exc-c14n drops comments: still valid")
        #expect(!Self.rules(outcome).contains("CERT-PARSE"), "the certificate is read across the comment")
    }

    @Test("namespace-prefix redefinition: md: rebound to another namespace is not metadata")
    func prefixRedefinition() throws {
        let xml = """
        <md:EntityDescriptor \(Self.md) entityID="https://sp.northwind.edu/shibboleth">
          <md:SPSSODescriptor xmlns:md="urn:evil:metadata" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="http://evil.example/acs" index="1"/>
          </md:SPSSODescriptor>
        </md:EntityDescriptor>
        """
        let outcome = try Self.check(Data(xml.utf8))
        Self.expectNoLeakOrCrash(outcome, "prefix")
        let rules = Self.rules(outcome)
        #expect(rules.contains("ROLE-MISSING"), "\(rules)")
        #expect(!rules.contains("EP-HTTPS"), "the foreign ACS is not an endpoint of the entity")
    }

    @Test("size: a document over --max-bytes is refused at once, from a file or from standard input")
    func size() throws {
        let directory = TestScratch.path("big")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("big.xml")
        try #require(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 200_000_000)   // 200 MB, sparse
        try handle.close()
        let file = try Self.run(["check", big.path, "--max-bytes", "100000000"])
        #expect(file.result.status == 2)
        #expect(file.result.standardError.contains("more than the limit of 100000000 bytes"), "\(file.result.standardError)")
        #expect(file.seconds < 5 && file.peakMiB < 100, "\(file.seconds) s, \(file.peakMiB) MiB")
        let piped = try TestEnvironment.run(["check", "-", "--max-bytes", "1000000"], input: Data(repeating: 0x20, count: 3_000_000))
        #expect(piped.status == 2)
        #expect(piped.standardError.contains("more than the limit"), "\(piped.standardError)")
    }

    @Test("a gzip bomb over HTTP stops at the download cap, measured after decompression")
    func gzipBomb() throws {
        let server = try FetchTests.server(nil)
        defer { server.stop() }
        let outcome = try Self.run(["check", server.base + "/gzipbomb?mb=512", "--max-download", "50000000"])
        #expect(outcome.result.status == 2)
        #expect(outcome.result.standardError.contains("larger than the 50000000-byte limit"), "\(outcome.result.standardError)")
        #expect(outcome.seconds < 30 && outcome.peakMiB < 250, "\(outcome.seconds) s, \(outcome.peakMiB) MiB")
    }
}
