import Foundation
import Testing
@testable import SAMLCheck

/// What a new user does first, each rough edge found in a first hour, through the CLI.
@Suite struct NewcomerTests {
    static let clean = "samples/clean-sp/metadata.xml"
    static let contacts = "samples/contacts-without-mailto/metadata.xml"

    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> ProcessResult {
        try TestEnvironment.run(arguments, input: input, in: directory ?? TestEnvironment.repositoryRoot)
    }

    // MARK: 1. Rule IDs

    @Test("rule IDs are matched whatever their case, on the command line and in files; an unknown one suggests the nearest")
    func ruleIDs() throws {
        let plain = try Self.run(["check", Self.contacts, "--now", "2026-11-29", "--no-config"])
        #expect(plain.standardOutput.contains("MD-CONTACT-MAILTO"))
        for extra in [["--disable", "md-contact-mailto"], ["--severity", "md-contact-mailto=off"], ["--severity", "Md-Contact-Mailto=off"]] {
            let quiet = try Self.run(["check", Self.contacts, "--now", "2026-11-29", "--no-config"] + extra)
            #expect(quiet.status != 2, "\(extra): \(quiet.standardError)")
            #expect(!quiet.standardOutput.contains("MD-CONTACT-MAILTO"), "\(extra) did nothing")
        }
        let directory = try TestEnvironment.temporaryFile(Data("disable = [\"md-contact-mailto\"]\n".utf8), name: ".samlcheck.toml")
            .deletingLastPathComponent()
        let fromFile = try Self.run(["check", TestEnvironment.repositoryRoot.appendingPathComponent(Self.contacts).path, "--now", "2026-11-29"],
                                    in: directory)
        #expect(!fromFile.standardOutput.contains("MD-CONTACT-MAILTO"))
        #expect(fromFile.standardOutput.contains("configuration \(directory.appendingPathComponent(".samlcheck.toml").path)"))

        let typo = try Self.run(["check", Self.clean, "--disable", "MD-CONTACT-MAILT"])
        #expect(typo.status == 2)
        #expect(typo.standardError == "samlcheck: --disable: unknown rule ID 'MD-CONTACT-MAILT'; did you mean MD-CONTACT-MAILTO? (samlcheck rules lists them all)\n")
        let explain = try Self.run(["explain", "EP-HTTP"])
        #expect(explain.status == 2 && explain.standardError.contains("did you mean EP-HTTPS?"))
        #expect(try Self.run(["explain", "ep-https"]).standardOutput.hasPrefix("EP-HTTPS"))
    }

    // MARK: 2. certs on what people have

    @Test("certs reads a PEM certificate, a PEM bundle, a DER certificate and a SAML Response; --fail-on makes cron jobs fail")
    func certsInputs() throws {
        let pki = TestPKI.shared
        let expired = try pki.identity(subject: "old.northwind.edu", notBefore: "20200101000000Z", notAfter: "20260101000000Z")
        let soon = try pki.identity(subject: "soon.northwind.edu", notBefore: "20260101000000Z", notAfter: "20261215000000Z")
        let later = try pki.identity(subject: "later.northwind.edu")
        let single = try Self.run(["certs", later.certificatePath, "--now", "2026-11-29"])
        #expect(single.status == 0 && single.standardOutput.contains("1 certificate") && single.standardOutput.contains("CN=later.northwind.edu"))

        let bundle = try TestEnvironment.temporaryFile(Data((expired.certificatePEM + "subject=whatever\n" + soon.certificatePEM
            + later.certificatePEM).replacingOccurrences(of: "\n", with: "\r\n").utf8), name: "bundle.pem")
        let listed = try Self.run(["certs", bundle.path, "--now", "2026-11-29", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any])
        let rows = try #require((object["documents"] as? [[String: Any]])?.first?["certificates"] as? [[String: Any]])
        #expect(rows.map { $0["subject"] as? String } == ["CN=old.northwind.edu", "CN=soon.northwind.edu", "CN=later.northwind.edu"])
        #expect(try Self.run(["certs", bundle.path, "--now", "2026-11-29", "--fail-on", "expired"]).status == 1)
        #expect(try Self.run(["certs", soon.certificatePath, "--now", "2026-11-29", "--fail-on", "expired"]).status == 0)
        #expect(try Self.run(["certs", soon.certificatePath, "--now", "2026-11-29", "--fail-on", "expiring"]).status == 1)
        #expect(try Self.run(["certs", soon.certificatePath, "--now", "2026-11-29", "--fail-on", "expiring", "--within", "7"]).status == 0)

        let der = try TestEnvironment.temporaryFile(Data(later.certificateDER), name: "cert.der")
        #expect(try Self.run(["certs", der.path, "--now", "2026-11-29"]).standardOutput.contains("CN=later.northwind.edu"))

        let response = """
        <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r" Version="2.0" IssueInstant="2026-11-29T00:00:00Z">
          <saml:Assertion ID="_a" Version="2.0" IssueInstant="2026-11-29T00:00:00Z">
            <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\(later.certificateBase64)</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>
          </saml:Assertion>
        </samlp:Response>
        """
        let file = try TestEnvironment.temporaryFile(Data(response.utf8), name: "response.xml")
        let fromResponse = try Self.run(["certs", file.path, "--now", "2026-11-29"])
        #expect(fromResponse.standardOutput.contains("1 certificate") && fromResponse.standardOutput.contains("signature"), "\(fromResponse.standardOutput)")

        // Rule options change nothing in a certificate table, so certs does not take them.
        #expect(try Self.run(["certs", der.path, "--profile", "saml2int"]).status == 2)
        // An input that cannot be read among others: the rest is listed, and the run exits 2.
        let mixed = try Self.run(["certs", der.path, "/nonexistent.pem", "--now", "2026-11-29"])
        #expect(mixed.status == 2 && mixed.standardOutput.contains("CN=later.northwind.edu")
                && mixed.standardOutput.contains("/nonexistent.pem: could not be read: no such file"))
    }

    // MARK: 3. One unreadable input among several

    @Test("one unreadable input does not lose the report of the others: it is reported as such, in every format, and the run exits 2")
    func unreadableAmongOthers() throws {
        let text = try Self.run(["check", Self.clean, "/nonexistent.xml", "samples/sp-redirect-acs/metadata.xml", "--now", "2026-11-29", "--no-config"])
        #expect(text.status == 2)
        #expect(text.standardOutput.contains("EP-BINDING-ACS"))
        #expect(text.standardOutput.contains("/nonexistent.xml: could not be read: no such file"))
        #expect(text.standardOutput.contains("3 documents") && text.standardOutput.contains("1 could not be read"))
        #expect(text.standardError == "samlcheck: cannot read /nonexistent.xml: no such file\n")

        let json = try Self.run(["check", Self.clean, "/nonexistent.xml", "--now", "2026-11-29", "--no-config", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        #expect(documents[0]["unreadable"] == nil)
        #expect(documents[1]["unreadable"] as? String == "no such file")

        let junit = try Self.run(["check", Self.clean, "/nonexistent.xml", "--now", "2026-11-29", "--no-config", "--format", "junit"])
        #expect(junit.standardOutput.contains("errors=\"1\"") && junit.standardOutput.contains("could not be read: no such file"))
        let sarif = try Self.run(["check", Self.clean, "/nonexistent.xml", "--now", "2026-11-29", "--no-config", "--format", "sarif"])
        #expect(sarif.standardOutput.contains("\"executionSuccessful\" : false"))
        let github = try Self.run(["check", Self.clean, "/nonexistent.xml", "--now", "2026-11-29", "--no-config", "--format", "github"])
        #expect(github.standardOutput.contains("::error file=/nonexistent.xml,"))
        #expect(github.standardOutput.contains("samlcheck: 2 documents: 0 errors, 1 warning, 1 info"))

        // Nothing readable: no report at all.
        let none = try Self.run(["check", "/nonexistent.xml", "/nonexistent-too.xml"])
        #expect(none.status == 2 && none.standardOutput.isEmpty && none.standardError.split(separator: "\n").count == 2)
    }

    // MARK: 4. Baselines on a first run

    @Test("a --baseline that does not exist yet is empty, with a notice; --write-baseline says what it wrote")
    func firstBaseline() throws {
        let directory = try TestEnvironment.temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let baseline = directory.appendingPathComponent("baseline.json").path
        let first = try Self.run(["check", "samples/sp-redirect-acs/metadata.xml", "--baseline", baseline, "--no-config"])
        #expect(first.status == 1, "findings are not suppressed by a baseline that does not exist")
        #expect(first.standardError.contains("notice: the baseline \(baseline) does not exist yet"))
        let written = try Self.run(["check", "samples/sp-redirect-acs/metadata.xml", "--write-baseline", baseline, "--no-config"])
        #expect(written.status == 0)
        #expect(written.standardError.range(of: #"wrote \d+ findings to the baseline "#, options: .regularExpression) != nil, "\(written.standardError)")
        #expect(try Self.run(["check", "samples/sp-redirect-acs/metadata.xml", "--baseline", baseline, "--no-config"]).status == 0)
    }

    // MARK: 5. Configuration files as editors write them

    @Test("configuration files with CRLF line endings, a BOM and multi-line arrays are read; JSON errors carry lines")
    func configurationFiles() throws {
        let toml = "\u{FEFF}# federation settings\r\nprofiles = [\r\n  \"saml2int\",  # the deployment profile\r\n  \"REFEDS\",\r\n]\r\ndisable = [\"MD-CONTACT-MAILTO\"]\r\n\r\n[thresholds]\r\ncertificateExpiryWarningDays = 60\r\n"
        let tomlFile = try TestEnvironment.temporaryFile(Data(toml.utf8), name: "settings.toml")
        let fromTOML = try Self.run(["check", Self.contacts, "--config", tomlFile.path, "--now", "2026-11-29"])
        #expect(fromTOML.status != 2, "\(fromTOML.standardError)")
        #expect(!fromTOML.standardOutput.contains("MD-CONTACT-MAILTO"))
        #expect(fromTOML.standardOutput.contains("saml2int") && fromTOML.standardOutput.contains("REFEDS"))

        let json = "\u{FEFF}{\r\n  \"profiles\": [\r\n    \"saml2int\"\r\n  ],\r\n  \"disable\": [\"md-contact-mailto\"]\r\n}\r\n"
        let jsonFile = try TestEnvironment.temporaryFile(Data(json.utf8), name: "settings.json")
        let fromJSON = try Self.run(["check", Self.contacts, "--config", jsonFile.path, "--now", "2026-11-29"])
        #expect(fromJSON.status != 2, "\(fromJSON.standardError)")
        #expect(!fromJSON.standardOutput.contains("MD-CONTACT-MAILTO"))

        let twice = try TestEnvironment.temporaryFile(Data("{\n  \"disable\": [],\n  \"disable\": [\"EP-HTTPS\"]\n}\n".utf8), name: "twice.json")
        let duplicate = try Self.run(["check", Self.clean, "--config", twice.path])
        #expect(duplicate.status == 2)
        #expect(duplicate.standardError == "samlcheck: \(twice.path):3: not valid JSON: \"disable\" is written twice in one object\n")
    }

    // MARK: 6 and 7. Inputs that are not XML, XML that says it is HTML

    @Test("gzip files and standard input are decompressed; PEM, HTML and empty inputs are named and exit 2; messages are one line")
    func notXML() throws {
        let gzFile = TestEnvironment.repositoryRoot.appendingPathComponent(Self.clean).path
        let directory = try TestEnvironment.temporaryFile(Data(), name: "placeholder").deletingLastPathComponent()
        let archive = directory.appendingPathComponent("metadata.xml.gz")
        _ = try TestEnvironment.runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -c '\(gzFile)' > '\(archive.path)'"])
        let fromFile = try Self.run(["check", archive.path, "--now", "2026-11-29", "--no-config"])
        #expect(fromFile.status == 0, "\(fromFile.standardError)")
        #expect(fromFile.standardOutput.contains("1 document, 1 entity: 0 errors"))
        let fromStandardInput = try Self.run(["check", "-", "--now", "2026-11-29", "--no-config"], input: try Data(contentsOf: archive))
        #expect(fromStandardInput.status == 0, "\(fromStandardInput.standardError)")

        let pem = try TestPKI.shared.identity(subject: "pem.northwind.edu")
        let cases: [(String, Data, String)] = [
            ("cert.pem", Data(pem.certificatePEM.utf8), "it is a PEM certificate, not SAML metadata (samlcheck certs reads certificates)"),
            ("login.html", Data("<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>".utf8), "it is an HTML page"),
            ("page.xml", Data("<html><body>maintenance</body></html>".utf8), "it is an HTML page"),
            ("empty.xml", Data(), "it is empty"),
            ("truncated.gz", try Data(contentsOf: archive).prefix(40), "does not decompress"),
        ]
        for (name, content, expected) in cases {
            let file = try TestEnvironment.temporaryFile(content, name: name)
            let result = try Self.run(["check", file.path])
            #expect(result.status == 2, "\(name)")
            #expect(result.standardError.contains(expected), "\(name): \(result.standardError)")
            #expect(result.standardError.split(separator: "\n").count == 1)
        }

        var badEncoding = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://x.northwind.edu/".utf8)
        badEncoding += [0xFF, 0xFE] + Array("\"/>\n".utf8)
        let report = try TestEnvironment.checker().check(bytes: badEncoding, source: "bad.xml")
        let message = try #require(report.findings.first { $0.rule == "MD-XML-WELLFORMED" }?.message)
        #expect(!message.contains("\n"), "\(message)")
        #expect(message.contains("Bytes: 0xFF 0xFE"))
    }

    @Test("an HTML-typed answer whose body is XML is checked; an HTML body is refused whatever its type; gzip files by URL are read")
    func htmlTypedXML() throws {
        let server = try FetchTests.server(nil)
        defer { server.stop() }
        let xmlAsHTML = try Self.run(["check", server.base + "/as-html/ok.xml", "--now", "2026-11-29", "--no-config"])
        #expect(xmlAsHTML.status == 1 || xmlAsHTML.status == 0, "\(xmlAsHTML.standardError)")
        #expect(xmlAsHTML.standardOutput.contains("(EntityDescriptor, 1 entity)"))
        let page = try Self.run(["check", server.base + "/html"])
        #expect(page.status == 2 && page.standardError.contains("HTML page"))
        let archive = try Self.run(["check", server.base + "/gzip-file/ok.xml", "--now", "2026-11-29", "--no-config"])
        #expect(archive.standardOutput.contains("(EntityDescriptor, 1 entity)"), "\(archive.standardError)")
    }

    // MARK: 8. Exact spans

    @Test("a validUntil 28.5 days ahead says so exactly, not \"28 days; the maximum is 28 days\"")
    func exactSpan() throws {
        let xml = ExampleMetadata.aggregate([
            ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.northwind.edu/shibboleth"),
        ], attributes: #"validUntil="2026-12-27T12:00:00Z""#)
        let report = try TestEnvironment.check(xml)
        let message = try #require(report.findings.first { $0.rule == "MD-VALIDUNTIL-TOO-FAR" }?.message)
        #expect(message.contains("28 days and 12 hours from now; the maximum is 28 days"), "\(message)")
    }

    // MARK: 9. Small things

    @Test("help shows each default once; plain samlcheck shows help; line-less findings print no '-'; singular counts; clear usage errors")
    func smallThings() throws {
        let help = try Self.run(["check", "--help"])
        let helpText = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!helpText.contains("(default 10)") && !helpText.contains("(default: 536870912)"))
        #expect(helpText.contains("(default 512 MiB)"))
        #expect(helpText.contains("(default: 10.0)"))
        let bare = try Self.run([])
        #expect(bare.status == 0 && bare.standardOutput.contains("USAGE") && bare.standardError.isEmpty)

        let text = try Self.run(["check", Self.clean, "--now", "2026-11-29", "--no-config"])
        #expect(!text.standardOutput.contains(":-:"))
        #expect(text.standardOutput.contains("1 document, 1 entity"))
        #expect(!text.standardOutput.contains("document(s)"))
        #expect(text.standardOutput.hasSuffix("profiles core, core-ext, sec-BP, ops\n") || text.standardOutput.contains("profiles core, core-ext"))

        let negative = try Self.run(["check", Self.clean, "--timeout", "-1"])
        #expect(negative.status == 2)
        #expect(negative.standardError.contains("--timeout must be a positive number of seconds") && !negative.standardError.contains("Missing value"))
        #expect(negative.standardError.split(separator: "\n").count == 1)
        let caFile = try Self.run(["check", "https://127.0.0.1:9/metadata.xml", "--ca-file", "/nonexistent/ca.pem"])
        #expect(caFile.status == 2)
        #expect(caFile.standardError.contains("--ca-file /nonexistent/ca.pem: no such file"))
        #expect(!caFile.standardError.contains("127.0.0.1"))
    }
}
