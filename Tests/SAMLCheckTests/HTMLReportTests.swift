import Foundation
import Testing
@testable import SAMLCheck

/// `--format html`, looked at by a real browser: headless Chromium loads the page, runs its
/// script and hands back the DOM, in which every finding and every certificate of the report
/// must be; the paging, the filters and the page without script are checked the same way.
@Suite struct HTMLReportTests {
    static let run = RunDescription(now: TestEnvironment.clock, profiles: [.core, .coreExt, .secBP, .ops])

    /// Every sample's report, one document each, and a synthetic 250-entity aggregate whose lists
    /// are long enough to be paged and whose certificates fill every band of the timeline.
    static func report() throws -> Report {
        let checker = TestEnvironment.checker()
        var documents: [DocumentReport] = []
        for sample in try FileManager.default.contentsOfDirectory(atPath: TestEnvironment.samples.path).sorted() {
            let file = TestEnvironment.samples.appendingPathComponent(sample + "/metadata.xml")
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            documents.append(try checker.check(bytes: Array(data), source: "samples/\(sample)/metadata.xml"))
        }
        documents.append(largeDocument)
        documents.append(.unreadable(source: "missing.xml", reason: "no such file"))
        return Report(documents: documents)
    }

    static let largeEntities = 250

    static var largeDocument: DocumentReport {
        let day = 86_400.0
        let rules: [(String, Severity)] = [("EP-HTTPS", .error), ("CERT-EXPIRING", .warning), ("KEY-ROLLOVER-NONE", .info)]
        var findings: [Finding] = [Finding(rule: "SIG-MD-UNSIGNED", severity: .warning, message: "The document element carries no ds:Signature.", entityID: nil, line: 2)]
        var certificates: [CertificateExpiry] = []
        var entityIDs: [String] = []
        for index in 0..<largeEntities {
            let entityID = "https://sp\(index).example.org/shibboleth"
            entityIDs.append(entityID)
            for (offset, (rule, severity)) in rules.prefix(index % 4).enumerated() {
                findings.append(Finding(rule: rule, severity: severity, message: "Finding \(offset) of entity \(index) <quoted \"here\"> & more.",
                                        entityID: entityID, line: 10 + index * 20 + offset))
            }
            // From two years expired to five years ahead: expired, inside the 30-day band, later.
            let notAfter = TestEnvironment.clock.addingTimeInterval(Double(index * 11 - 700) * day)
            certificates.append(CertificateExpiry(entityID: entityID, role: "SPSSODescriptor", use: index % 2 == 0 ? "signing" : "encryption",
                                                  fingerprint: "SHA256:" + String(repeating: String(format: "%02x", index % 256), count: 32),
                                                  notBefore: notAfter.addingTimeInterval(-3 * 365 * day), notAfter: notAfter))
        }
        var document = DocumentReport(source: "synthetic-aggregate.xml", root: "EntitiesDescriptor", entityCount: largeEntities,
                                      signature: SignatureSummary(status: .untrusted, reason: "No trust anchor was given."), findings: findings)
        document.entityIDs = entityIDs
        document.certificates = certificates
        document.validUntil = TestEnvironment.clock.addingTimeInterval(9 * day)
        return document
    }

    static func page(_ report: Report) throws -> URL {
        try TestEnvironment.temporaryFile(Data(HTMLRenderer.render(report, run: run).utf8), name: "report.html")
    }

    /// The part of the DOM between a document section's start tag and its end.
    static func section(_ index: Int, of dom: String) -> Substring {
        guard let start = dom.firstRange(of: "<section class=\"document\" id=\"d\(index + 1)\">") else { return "" }
        let end = dom[start.upperBound...].firstRange(of: "</section>")?.lowerBound ?? dom.endIndex
        return dom[start.lowerBound..<end]
    }

    /// Text as the browser serialises it in element content.
    static func serialised(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
    }

    @Test("every finding and every certificate is in the DOM the browser built, section by section")
    func everythingInTheDOM() throws {
        let report = try Self.report()
        let dom = try HeadlessChromium.dom(try Self.page(report).absoluteString)
        let ready = dom.contains("data-script=\"ready\"")
        #expect(ready, "the page's script did not run to its end")
        let item = /<li class="(error|warning|info)" data-rule="([^"]*)"(?: data-line="(\d+)")?/
        for (index, document) in report.documents.enumerated() {
            let section = Self.section(index, of: dom)
            #expect(!section.isEmpty, "\(document.source): no section")
            let shown = section.matches(of: item).map { "\($0.1) \($0.2) \($0.3 ?? "-")" }.sorted()
            let expected = document.findings.map { "\($0.severity.rawValue) \($0.rule) \($0.line.map(String.init) ?? "-")" }.sorted()
            #expect(shown == expected, "\(document.source): findings in the DOM differ from the report")
            for finding in document.findings {
                #expect(section.contains(Self.serialised(finding.message)), "\(document.source): message missing: \(finding.message)")
            }
            #expect(section.matches(of: /<g class="certificate (ok|soon|expired)">/).count == document.certificates.count,
                    "\(document.source): certificates in the timeline differ")
            for certificate in document.certificates {
                #expect(section.contains(certificate.fingerprint + ")</title>"), "\(document.source): certificate \(certificate.fingerprint) missing")
            }
            if let reason = document.unreadable { #expect(section.contains(Self.serialised(reason))) }
        }
        #expect(report.documents.reduce(0) { $0 + $1.findings.count } > 300, "too few findings to mean anything")
        #expect(report.documents.reduce(0) { $0 + $1.certificates.count } > 250)
    }

    @Test("long lists show a page at a time, and the address can pre-set the filters")
    func pagingAndFilters() throws {
        let report = Report(documents: [Self.largeDocument])
        let page = try Self.page(report)
        let dom = try HeadlessChromium.dom(page.absoluteString)
        let rows = /<tr data-entity="[^"]*" data-rules="[^"]*"( hidden="")?>/
        let section = Self.section(0, of: dom)
        let states = section.matches(of: rows).map { $0.1 == nil }
        #expect(states.count == Self.largeEntities)
        #expect(states.filter { $0 }.count == 100, "the first page shows 100 entities")
        #expect(section.contains("1–100 of \(Self.largeEntities)"))
        let groups = section.matches(of: /<details class="group" id="d1-e\d+" data-entity="[^"]*"( hidden="")?>/).map { $0.1 == nil }
        #expect(groups.count > 100 && groups.filter { $0 }.count == 100, "finding groups are paged too: \(groups.count)")

        // One entity, one rule: only its row and its findings of that rule remain.
        let filtered = try HeadlessChromium.dom(page.absoluteString + "#filter=sp7.&rule=CERT-EXPIRING")
        let visibleRows = Self.section(0, of: filtered).matches(of: rows).filter { $0.1 == nil }
        #expect(visibleRows.count == 1)
        let visibleGroups = Self.section(0, of: filtered).split(separator: "<details class=\"group\"").dropFirst()
            .filter { !$0.prefix(while: { $0 != ">" }).contains("hidden") }
        #expect(visibleGroups.count == 1)
        let visibleFindings = visibleGroups.flatMap { $0.matches(of: /<li class="\w+" data-rule="([^"]*)"[^>]*>/) }
            .filter { !$0.0.contains("hidden") }.map { String($0.1) }
        #expect(visibleFindings == ["CERT-EXPIRING"], "\(visibleFindings)")
    }

    @Test("without script the page shows everything: no row or finding is hidden")
    func readableWithoutScript() throws {
        // The page as a browser with script turned off gets it: Chromium's --dump-dom itself
        // needs script, so the page's own scripts are taken out instead.
        var html = HTMLRenderer.render(Report(documents: [Self.largeDocument]), run: Self.run)
        while let start = html.firstRange(of: "<script>"), let end = html[start.upperBound...].firstRange(of: "</script>") {
            html.removeSubrange(start.lowerBound..<end.upperBound)
        }
        let page = try TestEnvironment.temporaryFile(Data(html.utf8), name: "no-script.html")
        let dom = try HeadlessChromium.dom(page.absoluteString)
        let hidden = dom.contains("hidden=\"\""), scripted = dom.contains("data-script=\"ready\"") || dom.contains("class=\"js")
        #expect(!hidden && !scripted)
        #expect(Self.section(0, of: dom).matches(of: /<tr data-entity=/).count == Self.largeEntities)
    }

    @Test("the page loads nothing, and text from the metadata stays text")
    func selfContainedAndEscaped() throws {
        var document = Self.largeDocument
        let hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>"
        document.entityIDs[0] = hostile
        document.findings.append(Finding(rule: "EP-HTTPS", severity: .error, message: hostile, entityID: hostile, line: 3))
        document.certificates[0].entityID = hostile
        let html = HTMLRenderer.render(Report(documents: [document]), run: Self.run)
        let hasDoctype = html.hasPrefix("<!DOCTYPE html>"), hasPolicy = html.contains("Content-Security-Policy")
        #expect(hasDoctype && hasPolicy)
        let scripts = html.components(separatedBy: "<script").count - 1, images = html.contains("<img")
        #expect(scripts == 2 && !images, "only the page's own two scripts, and no element made of metadata text")
        let plain = HTMLRenderer.render(Report(documents: [Self.largeDocument]), run: Self.run)
        for external in [" src=", "href=\"http", "href=\"//", "url(", "@import"] {
            let found = plain.contains(external)
            #expect(!found, "the page refers to something outside: \(external)")
        }
    }

    @Test("a screenshot of the report: a page of the requested size with something on it")
    func screenshot() throws {
        let report = Report(documents: [try TestEnvironment.checker().check(
            bytes: Array(try Data(contentsOf: TestEnvironment.samples.appendingPathComponent("aggregate-expired/metadata.xml"))),
            source: "samples/aggregate-expired/metadata.xml"), Self.largeDocument])
        let page = try Self.page(report)
        let png = page.deletingLastPathComponent().appendingPathComponent("report.png")
        try HeadlessChromium.screenshot(page.absoluteString, to: png, width: 1280, height: 1600)
        let bytes = Array(try Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // IHDR: width and height, big-endian, at bytes 16–23.
        func word(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(bytes.count > 24 && word(16) == 1280 && word(20) == 1600)
        // A blank page of this size compresses to a few kilobytes; text, tables and bars do not.
        #expect(bytes.count > 50_000, "the screenshot looks empty: \(bytes.count) bytes")
    }

    @Test("samlcheck check --output report.html writes the page and still prints the summary")
    func commandLine() throws {
        let directory = try TestEnvironment.temporaryFile(Data(), name: "unused").deletingLastPathComponent()
        let output = directory.appendingPathComponent("report.html")
        let result = try TestEnvironment.run(["check", TestEnvironment.samples.appendingPathComponent("aggregate-expired/metadata.xml").path,
                                              "--now", "2026-11-29", "--output", output.path])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("1 error"))
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("MD-VALIDUNTIL-EXPIRED") && html.hasSuffix("</html>\n"))
        #expect(ReportFormat.inferred(fromPath: "x/Report.HTM") == .html)
    }
}
