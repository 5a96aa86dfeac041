import Foundation
import Testing
@testable import SAMLCheck

/// `check URL --state DIR`: conditional fetches against a real server on 127.0.0.1, the last
/// good copy and when it is kept, `--fallback`, the content's history in the freshness rules,
/// corrupt state, and the Prometheus series.
@Suite(.serialized) struct RefreshStateTests {
    /// A docroot the server reads on every request, so a test changes what it serves.
    struct Site {
        let docroot: URL
        let server: TestServer
        let state: URL

        init() throws {
            docroot = TestScratch.path("refresh")
            try FileManager.default.createDirectory(at: docroot, withIntermediateDirectories: true)
            state = docroot.appendingPathComponent("state")
            server = try TestServer(script: "metadata_server.py", arguments: [docroot.path, "--cert", TLSFixtures.shared.valid.certificate,
                                                                               "--key", TLSFixtures.shared.valid.key], tls: true)
        }

        var url: String { server.base + "/conditional/fed.xml" }

        func serve(_ xml: String) throws {
            try Data(xml.utf8).write(to: docroot.appendingPathComponent("fed.xml"))
        }

        func setDown(_ down: Bool) throws {
            let marker = docroot.appendingPathComponent("fed.xml.down")
            if down { try Data().write(to: marker) } else { try? FileManager.default.removeItem(at: marker) }
        }

        /// The conditional headers of the last request, as the server logged them.
        func lastRequest() throws -> String {
            try String(contentsOf: docroot.appendingPathComponent("requests.log"), encoding: .utf8).split(separator: "\n").last.map(String.init) ?? ""
        }

        func check(_ extra: [String], format: String = "json") throws -> ProcessResult {
            try TestEnvironment.run(["check", url, "--now", "2026-12-20", "--ca-file", TLSFixtures.shared.caCertificate,
                                     "--trust", try RefreshStateTests.signer.get().certificatePath, "--format", format] + extra)
        }

        func stop() {
            server.stop()
            try? FileManager.default.removeItem(at: docroot)
        }
    }

    static let signer: Result<TestPKI.Identity, Error> = Result { try TestPKI.shared.identity(subject: "fed-signer.example.org", notAfter: "20300101000000Z") }

    /// The federation of DiffTests, signed by the test signer (the SSO location makes versions).
    static func signedFederation(sso: String = "https://idp.example.org/idp/profile/SAML2/Redirect/SSO", cacheDuration: String? = nil) throws -> String {
        var federation = DiffTests.Federation(idpKey: try DiffTests.keys.get().old.certificateBase64)
        federation.ssoLocation = sso
        var xml = federation.xml
        if let cacheDuration { xml = xml.replacingOccurrences(of: "validUntil=\"", with: "cacheDuration=\"\(cacheDuration)\" validUntil=\"") }
        return try XMLSigner.sign(xml, template: XMLSigner.template(referenceURI: "#_fed"), after: "ID=\"_fed\"", identity: try signer.get())
    }

    static func document(_ result: ProcessResult) throws -> [String: Any] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any], "\(result.standardError)")
        return try #require((report["documents"] as? [[String: Any]])?.first)
    }

    static func refresh(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try document(result)["refresh"] as? [String: Any])
    }

    /// The files the state directory holds (no temporary files may be left).
    static func stateFiles(_ site: Site) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: site.state.path)) ?? []).sorted()
    }

    static func keptCopy(_ site: Site) throws -> String {
        let name = try #require(stateFiles(site).first { $0.hasSuffix(".xml") })
        return try String(contentsOf: site.state.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("first fetch, a conditional 304 that checks the kept copy, a change, then an outage with and without --fallback")
    func lifecycle() throws {
        let site = try Site()
        defer { site.stop() }
        let first = try Self.signedFederation()
        try site.serve(first)

        let one = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(one.status == 0, "\(one.standardError)")
        let oneRefresh = try Self.refresh(one)
        #expect(oneRefresh["outcome"] as? String == "first" && oneRefresh["conditional"] as? Bool == false)
        #expect((try Self.document(one)["signature"] as? [String: Any])?["status"] as? String == "valid")
        #expect(Self.stateFiles(site).count == 2 && Self.stateFiles(site).allSatisfy { $0.hasSuffix(".json") || $0.hasSuffix(".xml") })
        #expect(try Self.keptCopy(site) == first)
        #expect(try site.lastRequest().hasSuffix("If-None-Match=None If-Modified-Since=None"))

        // Nothing changed: the request carries the ETag, the server answers 304, the kept copy is checked.
        let two = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(two.status == 0, "\(two.standardError)")
        let twoRefresh = try Self.refresh(two)
        #expect(twoRefresh["outcome"] as? String == "not-modified")
        #expect(twoRefresh["lastChange"] as? String == oneRefresh["lastChange"] as? String)
        #expect((try Self.document(two)["fetch"] as? [String: Any])?["status"] as? Int == 304)
        #expect(try site.lastRequest().contains("If-None-Match=\"\(SHA1.hex(Array(first.utf8)))\""))
        #expect((try Self.document(two)["findings"] as? [Any])?.count == (try Self.document(one)["findings"] as? [Any])?.count)
        #expect((try Self.document(two)["entityCount"] as? Int) == 3)
        let twoText = try site.check(["--state", site.state.path, "--fail-on", "never"], format: "text")
        #expect(twoText.standardOutput.contains("refresh: not modified (HTTP 304): the last good copy (of "))

        // A new version: a change, kept as the good copy.
        let moved = try Self.signedFederation(sso: "https://login.example.org/sso")
        try site.serve(moved)
        let three = try site.check(["--state", site.state.path, "--fail-on", "never"])
        let threeRefresh = try Self.refresh(three)
        #expect(threeRefresh["outcome"] as? String == "changed" && threeRefresh["conditional"] as? Bool == true)
        #expect(threeRefresh["previousGoodCopy"] is String)
        #expect((threeRefresh["lastChange"] as? String ?? "") >= (oneRefresh["lastChange"] as? String ?? "~"))
        #expect(try Self.keptCopy(site) == moved)

        // An outage: without --fallback the run cannot check anything (one line, exit 2, the copy named).
        try site.setDown(true)
        let down = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(down.status == 2)
        #expect(down.standardError.split(separator: "\n").count == 1, "\(down.standardError)")
        #expect(down.standardError.contains("503") && down.standardError.contains("--fallback checks it"))
        // With --fallback the kept copy is checked, the report says so, and the run fails anyway.
        let fallback = try site.check(["--state", site.state.path, "--fallback", "--fail-on", "never"])
        #expect(fallback.status == 1, "\(fallback.standardError)")
        let fallbackRefresh = try Self.refresh(fallback)
        #expect(fallbackRefresh["outcome"] as? String == "fetch-failed")
        #expect((fallbackRefresh["fetchError"] as? String)?.contains("503") == true)
        #expect((try Self.document(fallback)["signature"] as? [String: Any])?["status"] as? String == "valid")
        let fallbackText = try site.check(["--state", site.state.path, "--fallback", "--fail-on", "never"], format: "text")
        #expect(fallbackText.standardOutput.contains("FETCH FAILED: HTTP 503"))
        #expect(fallbackText.standardOutput.contains("was checked (--fallback)"))
        let metrics = try site.check(["--state", site.state.path, "--fallback", "--fail-on", "never"], format: "prometheus")
        #expect(metrics.standardOutput.contains("samlcheck_fetch_ok{source=\"\(site.url)\"} 0\n"))
        #expect(metrics.standardOutput.contains("samlcheck_last_change_seconds{source=\"\(site.url)\"} "))
        #expect(try Self.keptCopy(site) == moved)

        // Back up, but tampered with: it verifies worse, is reported as such and not kept.
        try site.setDown(false)
        try site.serve(moved.replacingOccurrences(of: "https://login.example.org/sso", with: "https://evil.example.org/sso"))
        let tampered = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(tampered.status == 1)
        #expect(try Self.refresh(tampered)["worseThan"] as? String == "valid")
        let tamperedText = try site.check(["--state", site.state.path, "--fail-on", "never"], format: "text")
        #expect(tamperedText.standardOutput.contains("VERIFIES WORSE than the last good copy (signature valid then, invalid now)"))
        #expect(try Self.keptCopy(site) == moved)
        let upMetrics = try site.check(["--state", site.state.path, "--fail-on", "never"], format: "prometheus")
        #expect(upMetrics.standardOutput.contains("samlcheck_fetch_ok{source=\"\(site.url)\"} 1\n"))
        #expect(Self.stateFiles(site).count == 2)
    }

    @Test("history: unchanged bytes keep their age (OPS-REFRESH-STALE), and expiry before the next refresh is a warning")
    func history() throws {
        let site = try Site()
        defer { site.stop() }
        try site.serve(try Self.signedFederation(cacheDuration: "P30D"))
        let first = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(first.status == 0, "\(first.standardError)")
        // validUntil 2026-12-31 is 11 days after the run's clock, the next refresh 30 days.
        let soon = try #require((try Self.document(first)["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "MD-VALIDUNTIL-SOON" })
        #expect((soon["message"] as? String)?.contains("before the next refresh its cacheDuration schedules (in 30 days)") == true)
        #expect((try Self.refresh(first)["nextRefresh"] as? String)?.hasPrefix("2027-01-19") == true)

        // The state says the bytes have not changed since October.
        let statePath = site.state.appendingPathComponent(try #require(Self.stateFiles(site).first { $0.hasSuffix(".json") })).path
        var state = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: statePath))) as? [String: Any])
        state["lastChange"] = "2026-10-01T00:00:00Z"
        try JSONSerialization.data(withJSONObject: state).write(to: URL(fileURLWithPath: statePath))
        let later = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(try Self.refresh(later)["outcome"] as? String == "not-modified")
        let stale = try #require((try Self.document(later)["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "OPS-REFRESH-STALE" })
        #expect((stale["message"] as? String)?.hasPrefix("The metadata was last changed 80 days ago (2026-10-01)") == true, "\(stale)")
    }

    @Test("a corrupt state file is reported and replaced, never fatal; --fallback needs --state")
    func corruptState() throws {
        let site = try Site()
        defer { site.stop() }
        try site.serve(try Self.signedFederation())
        _ = try site.check(["--state", site.state.path, "--fail-on", "never"])
        let statePath = site.state.appendingPathComponent(try #require(Self.stateFiles(site).first { $0.hasSuffix(".json") }))
        try Data("{\"version\": 1, \"url\": tru".utf8).write(to: statePath)
        let result = try site.check(["--state", site.state.path, "--fail-on", "never"])
        #expect(result.status == 0, "\(result.standardError)")
        let refresh = try Self.refresh(result)
        #expect(refresh["outcome"] as? String == "first")
        #expect((refresh["stateProblem"] as? String)?.contains("could not be read as samlcheck state; it is replaced") == true)
        #expect((try JSONSerialization.jsonObject(with: Data(contentsOf: statePath)) as? [String: Any])?["version"] as? Int == 1)
        let text = try site.check(["--state", site.state.path, "--fail-on", "never"], format: "text")
        #expect(text.status == 0 && !text.standardOutput.contains("state:"))

        let noState = try site.check(["--fallback"])
        #expect(noState.status == 2 && noState.standardError.contains("--fallback checks the last good copy kept by --state DIR"))
        let file = try TestEnvironment.temporaryFile(Data("x".utf8), name: "not-a-directory")
        let notDirectory = try site.check(["--state", file.path])
        #expect(notDirectory.status == 2 && notDirectory.standardError.contains("is not a directory"))
    }
}
