import Foundation
import Testing
@testable import SAMLCheck

/// The JSON and SARIF reports are written as they go, like the text report; they must be the
/// very bytes JSONEncoder writes for the same report, on every sample, pair and corpus document.
@Suite struct StreamingReportTests {
    static func reports() throws -> [(String, Report)] {
        var reports: [(String, Report)] = []
        let checker = TestEnvironment.checker()
        for (name, bytes) in try PrecisionTests.repositoryMetadata() {
            reports.append((name, Report(documents: [try checker.check(bytes: bytes, source: name)])))
        }
        for name in PairSampleTests.pairNames {
            let directory = TestEnvironment.samples.appendingPathComponent(name)
            let expected = try PairSampleTests.expected(name)
            var settings = RuleSettings(now: XSDateTime(expected.now).date!)
            settings.profiles.formUnion(expected.profiles.compactMap(Profile.init(name:)))
            let acs = expected.arguments.count == 2 ? SPRequest(acsURL: expected.arguments[1], origin: "--acs-url") : nil
            reports.append((name, try PairDiagnosis.run(spBytes: Array(try Data(contentsOf: directory.appendingPathComponent("sp.xml"))), spSource: "sp.xml",
                                                        idpBytes: Array(try Data(contentsOf: directory.appendingPathComponent("idp.xml"))), idpSource: "idp.xml",
                                                        request: acs, options: CheckOptions(rules: settings))))
        }
        // Several documents in one report, one unreadable, and every character JSON escapes.
        var odd = Finding(rule: "MD-STRING-EMPTY", severity: .warning, message: "quote \" backslash \\ slash / tab \t cr \r lf \n bell \u{7} nul \u{0} del \u{7F} é \u{2028} 😀",
                          entityID: "https://e.example/\u{1}", line: 7, path: "/EntityDescriptor[@entityID='x']", hint: nil)
        odd.related = FindingPlace(document: "other \"doc\".xml", entityID: nil, line: nil, path: "/a\n/b")
        odd.document = "doc\t.xml"
        var mixed = reports.prefix(3).flatMap { $0.1.documents }
        mixed.append(.unreadable(source: "missing.xml", reason: "no such file"))
        mixed.append(DocumentReport(source: "odd \"name\".xml", root: "EntityDescriptor", entityCount: 1, signature: .notChecked, findings: [odd]))
        reports.append(("mixed", Report(documents: mixed)))
        // Findings a baseline suppressed, in a document and in a pair: SARIF marks each; a finding
        // of a rule outside the catalogue has no ruleIndex.
        var withBaseline = reports[0].1
        withBaseline.documents[0].suppressed = Array(withBaseline.documents[0].findings.prefix(2))
            + [Finding(rule: "NOT-A-RULE", severity: .info, message: "unknown rule", entityID: nil, line: nil)]
        reports.append(("suppressed", withBaseline))
        if var pairReport = reports.first(where: { $0.1.pair != nil })?.1, var pair = pairReport.pair {
            pair.suppressed = Array(pair.findings.prefix(2))
            pairReport.pair = pair
            reports.append(("pair suppressed", pairReport))
        }
        reports.append(("empty", Report(documents: [])))
        return reports
    }

    @Test("streamed JSON and SARIF are byte-identical to JSONEncoder's, and arrive in pieces")
    func byteIdentical() throws {
        let run = RunDescription(now: TestEnvironment.clock, profiles: [.core, .saml2int])
        for (name, report) in try Self.reports() {
            #expect(JSONRenderer.render(report, run: run) == JSONRenderer.encodedWhole(report, run: run), "\(name): JSON differs")
            #expect(SARIFRenderer.render(report, run: run) == SARIFRenderer.encodedWhole(report, run: run), "\(name): SARIF differs")
        }
    }

    @Test("the bytes the command line writes are the report's, in every format")
    func bytePieces() throws {
        let run = RunDescription(now: TestEnvironment.clock, profiles: [.core, .saml2int])
        for (name, report) in try Self.reports() {
            for format in ReportFormat.allCases {
                var bytes: [UInt8] = []
                format.write(report, run: run, failOn: .error, bytesTo: { bytes += $0 })
                #expect(bytes == Array(format.render(report, run: run, failOn: .error).utf8), "\(name): \(format) differs")
            }
        }
    }

    @Test("a large report is handed over in many pieces of bounded size")
    func pieces() throws {
        let finding = Finding(rule: "EP-HTTPS", severity: .warning, message: String(repeating: "x", count: 200), entityID: "https://e", line: 1)
        let report = Report(documents: [DocumentReport(source: "big.xml", root: "EntitiesDescriptor", entityCount: 1, signature: .notChecked,
                                                       findings: Array(repeating: finding, count: 5_000))])
        for write in [JSONRenderer.write, SARIFRenderer.write] as [(Report, RunDescription, (String) -> Void) -> Void] {
            var sizes: [Int] = []
            write(report, RunDescription(now: TestEnvironment.clock, profiles: [])) { sizes.append($0.utf8.count) }
            #expect(sizes.count > 10)
            // Findings come in ~64 KiB pieces; the largest piece is SARIF's rule catalogue, whose size
            // does not grow with the report.
            #expect(sizes.max() ?? 0 < 1 << 20, "\(sizes.max() ?? 0)")
        }
        for format in [ReportFormat.json, .sarif, .text] {
            var sizes: [Int] = []
            format.write(report, run: RunDescription(now: TestEnvironment.clock, profiles: []), failOn: nil, verbose: true, bytesTo: { sizes.append($0.count) })
            #expect(sizes.count > 10, "\(format)")
            #expect(sizes.max() ?? 0 < 1 << 20, "\(format): \(sizes.max() ?? 0)")
        }
    }

    @Test("fingerprints mask numbers as they always have, ASCII or not")
    func fingerprints() {
        /// The fingerprint as first defined, by characters: the reference the faster one must match.
        func reference(_ finding: Finding) -> String {
            var masked = ""
            var inNumber = false
            for character in finding.message {
                if character.isASCII && character.isNumber {
                    if !inNumber { masked.append("#") }
                    inNumber = true
                } else {
                    masked.append(character)
                    inNumber = false
                }
            }
            let key = [finding.rule, finding.entityID ?? "", finding.path ?? "", masked].joined(separator: "\u{1F}")
            return String(Fingerprint(sha256Of: Array(key.utf8)).description.dropFirst("SHA256:".count).prefix(32))
        }
        for message in ["expires in 12 days (line 4,031)", "no numbers", "", "é 12 \u{2028} 3", "1\u{301}2 digit with a combining mark", "\r\n7", "٣ Arabic-Indic 3",
                        "SHA256:f020a23548e3ca59…) ×560 at lines 12–4,031 — 7→8", "\u{600}12 with a prepended mark", "é9é", "9\u{200D}9 joiner", "x\u{2026}\u{301}1"] {
            let finding = Finding(rule: "CERT-EXPIRING", severity: .warning, message: message, entityID: "https://e/1", line: 9, path: "/a[1]")
            #expect(finding.fingerprint == reference(finding), "\(message)")
        }
    }
}
