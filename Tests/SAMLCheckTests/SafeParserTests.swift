import Foundation
import Testing
@testable import SAMLCheck

/// Hostile and broken input: refused with a clear finding, quickly, and nothing read from outside.
@Suite struct SafeParserTests {
    static let passwdMarker = "root:x:0:0"

    @Test("a DOCTYPE with an external entity to /etc/passwd is refused and nothing leaks")
    func externalEntityIsRefused() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE md:EntityDescriptor [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://x.example.org/&xxe;"/>
        """
        let report = try TestEnvironment.check(xml)
        #expect(report.findings.map(\.rule) == ["MD-DTD-PRESENT"])
        #expect(report.findings.first?.line == 2)
        let json = JSONRenderer.render(Report(documents: [report]), run: RunDescription(now: TestEnvironment.clock, profiles: Profile.defaults))
        #expect(!json.contains(Self.passwdMarker))
        #expect(report.root == nil)
    }

    @Test("an external DTD is refused without being fetched")
    func externalDTDIsRefused() throws {
        let xml = """
        <!DOCTYPE md:EntityDescriptor SYSTEM "http://127.0.0.1:9/never.dtd">
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://x.example.org"/>
        """
        let refusedBefore = TestEnvironment.refusedEntityLoads
        let report = try TestEnvironment.check(xml)
        #expect(report.findings.map(\.rule) == ["MD-DTD-PRESENT"])
        // Stopped at the DOCTYPE: the loader was not even asked.
        #expect(TestEnvironment.refusedEntityLoads == refusedBefore)
    }

    @Test("billion laughs is refused in well under a second")
    func billionLaughs() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 \"lol\">\n"
        for level in 1...12 {
            xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol12;</lolz>\n"
        let started = Date()
        let report = try TestEnvironment.check(xml)
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(report.findings.map(\.rule) == ["MD-DTD-PRESENT"])
    }

    @Test("an HTML page instead of metadata cannot be checked, and is named as such, with or without a DOCTYPE", arguments: [
        "<!DOCTYPE html>\n<html><body><form>Log in</form></body></html>",
        "<html><head><title>Sign in</title></head><body><p>Log in<br></p></body></html>",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
    ])
    func htmlPage(page: String) throws {
        #expect {
            _ = try TestEnvironment.check(page)
        } throws: { error in
            guard case .input(let input) = error as? CheckFailure else { return false }
            return input.reason.contains("HTML page")
        }
    }

    @Test("malformed XML gives libxml2's line and message", arguments: [
        ("<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://a.example.org/?x=1&y=2\"/>", 1, "&amp;"),
        ("<a>\n<b>\n</a>", 3, "mismatch"),
        ("<md:EntityDescriptor entityID=\"x\"/>", 1, "xmlns"),
        ("<a/><b/>", 1, "after the end"),
    ])
    func malformed(xml: String, line: Int, words: String) throws {
        let report = try TestEnvironment.check(xml)
        let finding = try #require(report.findings.first)
        #expect(finding.rule == "MD-XML-WELLFORMED")
        #expect(finding.severity == .error)
        #expect(finding.line == line)
        #expect(finding.message.contains(words), "\(finding.message)")
    }

    @Test("empty, binary and NUL-laden input each give one clear finding")
    func emptyAndBinary() throws {
        // Nothing at all, or only white space: nothing to check (exit 2), named as such.
        for bytes in [[], Array(" \n\t\n".utf8)] as [[UInt8]] {
            #expect {
                _ = try TestEnvironment.checker().check(bytes: bytes, source: "empty.xml")
            } throws: { error in
                guard case .input(let input) = error as? CheckFailure else { return false }
                return input.reason == "it is empty"
            }
        }

        var binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        binary += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let elf = try TestEnvironment.checker().check(bytes: binary, source: "a.out")
        #expect(elf.findings.first?.rule == "MD-XML-WELLFORMED")
        #expect(elf.findings.first?.message.contains("not XML") == true)
        #expect(elf.findings.count == 1)

        let nul = try TestEnvironment.checker().check(bytes: Array("<a>\u{0}</a>".utf8), source: "nul.xml")
        #expect(nul.findings.first?.rule == "MD-XML-WELLFORMED")
    }

    @Test("UTF-16 with a byte-order mark parses")
    func utf16() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + ExampleMetadata.sp()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let report = try TestEnvironment.checker(now: RuleExample.clock).check(bytes: bytes, source: "utf16.xml")
        #expect(report.root == "EntityDescriptor")
        #expect(report.findings.filter { $0.severity == .error }.isEmpty, "\(report.findings)")
    }

    @Test("invalid UTF-8 is a well-formedness error, explained")
    func invalidUTF8() throws {
        let bytes = Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)
        let report = try TestEnvironment.checker().check(bytes: bytes, source: "bad.xml")
        #expect(report.findings.first?.rule == "MD-XML-WELLFORMED")
        #expect(report.findings.first?.message.contains("encoding") == true)
    }

    @Test("the input size limit is enforced while streaming")
    func sizeLimit() throws {
        let xml = ExampleMetadata.sp()
        let small = TestEnvironment.checker(limits: ParseLimits(maximumBytes: 100))
        #expect {
            try small.check(bytes: Array(xml.utf8), source: "big.xml")
        } throws: { error in
            if case .input = error as? CheckFailure { return true }
            return false
        }
    }

    @Test("deep nesting is bounded by libxml2's depth limit, not the stack")
    func deepNesting() throws {
        let depth = 100_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let started = Date()
        let report = try TestEnvironment.check(xml)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(report.findings.first?.rule == "MD-XML-WELLFORMED")
    }

    @Test("element lines are where start tags begin, also for multi-line tags")
    func startTagLines() throws {
        let xml = """
        <?xml version="1.0"?>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
            entityID="https://sp.example.org"
            validUntil="2026-12-10T00:00:00Z">
          <md:SPSSODescriptor
             protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
               Location="https://sp.example.org/acs" index="1"/>
          </md:SPSSODescriptor>
        </md:EntityDescriptor>
        """
        let document = try TestEnvironment.model(xml)
        let entity = try #require(document.entities.first)
        #expect(entity.position.line == 2)
        #expect(entity.roles.first?.position.line == 5)
        #expect(entity.roles.first?.endpoints.first?.position.line == 7)
    }
}

extension TestEnvironment {
    static var refusedEntityLoads: UInt { SAMLCheckDiagnostics.refusedEntityLoads }
}
