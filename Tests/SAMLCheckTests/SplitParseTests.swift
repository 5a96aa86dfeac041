import Foundation
import Testing
@testable import SAMLCheck

/// A large document is parsed as two halves side by side (SplitParse); what comes out must be
/// the same as parsing it whole, line for line, and anything unusual must fall back to the whole.
@Suite struct SplitParseTests {
    static let whole = ParseLimits(splitThreshold: .max)
    static let halves = ParseLimits(splitThreshold: 0)

    /// The report without its timings, which differ from run to run.
    static func report(_ bytes: [UInt8], limits: ParseLimits, signature: SignaturePolicy = SignaturePolicy()) throws -> DocumentReport {
        var report = try TestEnvironment.checker(limits: limits, signature: signature).check(bytes: bytes, source: "aggregate.xml")
        report.timings = PhaseTimings()
        return report
    }

    /// Whether the parser took the split path and kept its result.
    static func parsedInHalves(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            if case .parsed(let tree) = SafeParser.parse(ParserInput(memory: buffer, limit: 1 << 30), limits: halves) {
                return tree.isGrafted
            }
            return false
        }
    }

    /// An aggregate past line 65,535 with what the graft must carry over: certificates, a
    /// carriage-return reference and a duplicate ID in each half, xml:lang only in the second
    /// half (the parser creates the xml namespace when it first meets it), comments in both and
    /// after the document element, an http endpoint late.
    static func aggregate(entities: Int, certificate: String) -> String {
        let certificateLines = stride(from: 0, to: certificate.count, by: 64).map { start -> String in
            let from = certificate.index(certificate.startIndex, offsetBy: start)
            return "          " + certificate[from..<(certificate.index(from, offsetBy: 64, limitedBy: certificate.endIndex) ?? certificate.endIndex)]
        }.joined(separator: "\n")
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- before the document element -->\n"
        xml += "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"\n"
        xml += "    xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" ID=\"_agg\" Name=\"urn:example:federation\"\n"
        xml += "    validUntil=\"2026-12-05T00:00:00Z\">\n"
        for index in 0..<entities {
            let lateHalf = index > entities / 2
            let roleID = index == 10 || index == entities - 10 ? " ID=\"_duplicate\"" : ""
            let scheme = index == entities - 5 ? "http" : "https"
            xml += "  <md:EntityDescriptor entityID=\"https://sp\(index).example.org/shibboleth\" ID=\"_e\(index)\">\n"
            if index % 97 == 0 { xml += "    <!-- entity \(index) -->\n" }
            if index == 20 || index == entities - 20 {
                xml += "    <md:Extensions><x:note xmlns:x=\"urn:example:note\">line&#13;break</x:note></md:Extensions>\n"
            }
            xml += "    <md:SPSSODescriptor\(roleID) protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"
            xml += "      <md:KeyDescriptor>\n        <ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n"
            xml += certificateLines + "\n        </ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n      </md:KeyDescriptor>\n"
            xml += "      <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"\n"
            xml += "          Location=\"\(scheme)://sp\(index).example.org/Shibboleth.sso/SAML2/POST\" index=\"1\"/>\n"
            xml += "    </md:SPSSODescriptor>\n"
            if lateHalf {
                xml += "    <md:Organization>\n"
                xml += "      <md:OrganizationName xml:lang=\"en\">Example \(index)</md:OrganizationName>\n"
                xml += "      <md:OrganizationDisplayName xml:lang=\"en\">Example \(index)</md:OrganizationDisplayName>\n"
                xml += "      <md:OrganizationURL xml:lang=\"en\">https://sp\(index).example.org/</md:OrganizationURL>\n"
                xml += "    </md:Organization>\n"
            }
            xml += "  </md:EntityDescriptor>\n"
        }
        xml += "</md:EntitiesDescriptor>\n<!-- after the document element -->\n"
        return xml
    }

    static let entities = 2_600
    /// Entities in the second half that carry a signature of their own: one intact, one whose
    /// OrganizationName was changed after signing (verified on a copy of the grafted element).
    static let signedEntity = 2_000
    static let tamperedEntity = 2_100

    static let signedAggregate: Result<String, Error> = Result {
        let identity = try TestPKI.shared.identity(subject: "aggregate-signer.example.org")
        var xml = aggregate(entities: entities, certificate: identity.certificateBase64)
        // xmlsec1 --sign fills the first signature template in document order: sign from the end.
        for index in [tamperedEntity, signedEntity] {
            xml = try XMLSigner.sign(xml, template: XMLSigner.template(referenceURI: "#_e\(index)"), after: "ID=\"_e\(index)\"",
                                     identity: identity, idElements: ["EntityDescriptor"])
        }
        xml = xml.replacingOccurrences(of: "<md:OrganizationName xml:lang=\"en\">Example \(tamperedEntity)<",
                                       with: "<md:OrganizationName xml:lang=\"en\">Tampered \(tamperedEntity)<")
        return try XMLSigner.sign(xml, template: XMLSigner.template(referenceURI: "#_agg"), after: "ID=\"_agg\"", identity: identity,
                                  idElements: ["EntitiesDescriptor"])
    }

    @Test("a signed aggregate past line 65,535 gives the same report parsed whole and in halves")
    func sameReport() throws {
        let xml = try Self.signedAggregate.get()
        let bytes = Array(xml.utf8)
        #expect(xml.split(separator: "\n", omittingEmptySubsequences: false).count > 66_000)
        #expect(Self.parsedInHalves(bytes))
        let whole = try Self.report(bytes, limits: Self.whole)
        let halves = try Self.report(bytes, limits: Self.halves)
        #expect(whole == halves)
        // The graft must leave the signature intact (the digest covers every byte of both halves)
        // and the findings of both halves in place.
        #expect(halves.signature.status == .untrusted, "\(halves.signature)")
        let rules = Set(halves.findings.map(\.rule))
        #expect(rules.isSuperset(of: ["MD-CR-CHARREF", "MD-SCHEMA-INVALID", "EP-HTTPS"]), "\(rules.sorted())")
        #expect(halves.findings.filter { $0.rule == "MD-CR-CHARREF" }.count == 2)
        #expect(halves.findings.contains { $0.rule == "MD-SCHEMA-INVALID" && $0.message.contains("_duplicate") })
        let brokenSignatures = halves.findings.filter { $0.rule == "SIG-INVALID" }
        #expect(brokenSignatures.map(\.entityID) == ["https://sp\(Self.tamperedEntity).example.org/shibboleth"], "\(brokenSignatures)")
    }

    @Test("element lines are exact past 65,535, parsed whole and in halves")
    func exactLines() throws {
        let xml = try Self.signedAggregate.get()
        var startLines: [Int] = []
        for (number, line) in xml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix("  <md:EntityDescriptor ") {
            startLines.append(number + 1)
        }
        #expect(startLines.last ?? 0 > 65_535)
        for limits in [Self.whole, Self.halves] {
            let document = try TestEnvironment.checker(limits: limits).load(bytes: Array(xml.utf8)).get()
            #expect(document.entities.map(\.position.line) == startLines)
        }
    }

    @Test("a file is read in two halves at once, with the same report as from memory")
    func fromFile() async throws {
        let xml = try Self.signedAggregate.get()
        let file = try TestEnvironment.temporaryFile(Data(xml.utf8), name: "aggregate.xml")
        var fromFile = try await TestEnvironment.checker(limits: Self.halves).check(.file(file.path))
        #expect(fromFile.timings.phases.first?.name == "parse (2 halves)", "--timings says how the document was parsed")
        fromFile.timings = PhaseTimings()
        var whole = try Self.report(Array(xml.utf8), limits: Self.whole)
        whole.source = file.path
        #expect(fromFile == whole)
    }

    /// Documents where the cut the plan finds is not between two entities of the document
    /// element: the halves must not both parse, and the whole is parsed instead.
    static let misleadingCuts: [(String, String)] = {
        let entity = { (index: Int) in
            "  <md:EntityDescriptor entityID=\"https://sp\(index).example.org\"><md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\"><md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://sp\(index).example.org/acs\" index=\"1\"/></md:SPSSODescriptor></md:EntityDescriptor>\n"
        }
        let open = "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\">\n"
        let padding = String(repeating: "x", count: 20_000)
        let comment = open + entity(1) + "<!-- \(padding) </md:EntityDescriptor> -->\n" + entity(2) + "</md:EntitiesDescriptor>\n"
        let cdata = open + entity(1) + "  <md:Extensions><![CDATA[\(padding)</md:EntityDescriptor>]]></md:Extensions>\n" + entity(2)
            + "</md:EntitiesDescriptor>\n"
        let nested = open + "  <md:EntitiesDescriptor Name=\"inner\">\n" + (0..<40).map(entity).joined() + "  </md:EntitiesDescriptor>\n"
            + entity(99) + "</md:EntitiesDescriptor>\n"
        let brokenLate = open + (0..<40).map(entity).joined() + "  <md:EntityDescriptor entityID=\"x\"><oops></md:EntityDescriptor>\n"
            + "</md:EntitiesDescriptor>\n"
        let brokenEarly = open + "  <md:EntityDescriptor entityID=\"x\"><oops></md:EntityDescriptor>\n" + (0..<40).map(entity).joined()
            + "</md:EntitiesDescriptor>\n"
        let unbalanced = open + (0..<40).map(entity).joined() + "</md:EntitiesDescriptor>\n<md:EntityDescriptor/>\n"
        return [("comment", comment), ("CDATA", cdata), ("nested", nested), ("broken late", brokenLate),
                ("broken early", brokenEarly), ("second document element", unbalanced)]
    }()

    @Test("a misleading cut falls back to the whole parse, with the same findings", arguments: misleadingCuts.map(\.0))
    func misleadingCut(name: String) throws {
        let xml = try #require(Self.misleadingCuts.first { $0.0 == name }?.1)
        let bytes = Array(xml.utf8)
        let plan = bytes.withUnsafeBytes { SplitParse.Plan(.memory($0)) }
        #expect(plan != nil, "the plan finds an end tag to cut after")
        #expect(!Self.parsedInHalves(bytes))
        #expect(try Self.report(bytes, limits: Self.halves) == Self.report(bytes, limits: Self.whole))
    }

    @Test("documents the parser must see whole get no plan", arguments: [
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"><md:EntityDescriptor entityID=\"a\"/></md:EntityDescriptor><x/></md:EntitiesDescriptor>",
        "<!DOCTYPE md:EntitiesDescriptor [<!ENTITY e \"x\">]><md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"></md:EntityDescriptor><x/></md:EntitiesDescriptor>",
        "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"/></md:EntityDescriptor>",
        "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"><md:EntityDescriptor entityID=\"a\"/><md:EntityDescriptor entityID=\"b\"/></md:EntitiesDescriptor>",
        "\u{FEFF}<a/>",
        "",
    ])
    func noPlan(xml: String) {
        let bytes = Array(xml.utf8)
        #expect(bytes.withUnsafeBytes { SplitParse.Plan(.memory($0)) } == nil)
    }

    @Test("the plan skips the prolog and cuts after a prefixed or unprefixed end tag past the middle")
    func plan() throws {
        let prolog = "\u{FEFF}<?xml version='1.0' encoding='utf-8'?>\n<!-- a > b -->\n<?pi x?>\n"
        let start = "<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" Name=\"a>b\">"
        let body = String(repeating: "<EntityDescriptor entityID=\"e\"></EntityDescriptor>\n", count: 10)
        let xml = prolog + start + body + "</EntitiesDescriptor>"
        let bytes = Array(xml.utf8)
        let plan = try #require(bytes.withUnsafeBytes { SplitParse.Plan(.memory($0)) })
        #expect(plan.prologEnd == Array((prolog + start).utf8).count)
        #expect(plan.rootName == Array("EntitiesDescriptor".utf8))
        #expect(plan.prologLineBreaks == 3)
        #expect(bytes[plan.cut - 1] == UInt8(ascii: ">") && bytes[plan.cut] == UInt8(ascii: "\n"))
        #expect(plan.cut > plan.prologEnd + (bytes.count - plan.prologEnd) / 2)
        #expect(SplitParse.Plan.entityDescriptorEnd(in: Array("x</md:EntityDescriptor>".utf8)) == 23)
        #expect(SplitParse.Plan.entityDescriptorEnd(in: Array("<md:EntityDescriptor></EntitiesDescriptor></a:BEntityDescriptor>".utf8)) == nil)
        #expect(Self.parsedInHalves(bytes))
        #expect(try Self.report(bytes, limits: Self.halves) == Self.report(bytes, limits: Self.whole))
    }

    @Test("every sample and corpus document gives the same report with and without splitting")
    func samplesAndCorpus() throws {
        var documents: [(String, [UInt8])] = []
        for name in SampleTests.sampleNames {
            let data = try Data(contentsOf: TestEnvironment.samples.appendingPathComponent("\(name)/metadata.xml"))
            documents.append((name, Array(data)))
        }
        for row in try Corpus.manifest() where row.localFile.hasSuffix(".xml") {
            documents.append((row.localFile, Array(try Corpus.data(row.localFile))))
        }
        #expect(documents.count > 40)
        var split = 0
        for (name, bytes) in documents {
            if Self.parsedInHalves(bytes) { split += 1 }
            #expect(try Self.report(bytes, limits: Self.halves) == Self.report(bytes, limits: Self.whole), "\(name)")
        }
        #expect(split >= 10, "documents parsed in halves: \(split)")
    }
}
