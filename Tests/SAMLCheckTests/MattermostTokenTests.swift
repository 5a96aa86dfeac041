import Foundation
import Testing
@testable import SAMLCheck

/// The Mattermost admin token goes only to the site it was given for. Real servers on two
/// loopback addresses (127.0.0.1 for the site, 127.0.0.2 for the host it redirects to) log the
/// Authorization header of every request they receive; the tests read those logs.
@Suite(.serialized) struct MattermostTokenTests {
    static let secret = "pat-4f9c1e7d2b8a6s0q"

    /// A token_site.py server and the log of what it received.
    final class Site: @unchecked Sendable {
        let server: TestServer
        let log: URL
        var base: String { server.base }

        init(host: String = "127.0.0.1", arguments: [String] = [], tls: Bool = false) throws {
            log = try TestEnvironment.temporaryFile(Data(), name: "requests.log")
            var extra = arguments
            if tls { extra += ["--tls", TLSFixtures.shared.valid.certificate, TLSFixtures.shared.valid.key] }
            server = try TestServer(script: "token_site.py", arguments: ["--bind", host, "--log", log.path] + extra, tls: tls, host: host)
        }

        /// Every request as (method, path, Authorization header).
        func requests() throws -> [(method: String, path: String, authorization: String?)] {
            try String(contentsOf: log, encoding: .utf8).split(separator: "\n").compactMap { line in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
                return (object["method"] as? String ?? "", object["path"] as? String ?? "", object["authorization"] as? String)
            }
        }

        deinit { server.stop() }
    }

    enum TokenSource: String, CaseIterable, Sendable {
        case option, environment, file
    }

    /// Runs `samlcheck mattermost SITE` with the token from `source`.
    static func diagnose(_ site: String, token: String = secret, from source: TokenSource, extra: [String] = [],
                         format: String = "json") throws -> ProcessResult {
        var arguments = ["mattermost", site, "--now", "2026-11-29", "--format", format, "--connect-timeout", "5"] + extra
        var environment = ProcessInfo.processInfo.environment
        environment["SAMLCHECK_MATTERMOST_TOKEN"] = nil
        switch source {
        case .option: arguments += ["--token", token]
        case .environment: environment["SAMLCHECK_MATTERMOST_TOKEN"] = token
        case .file: arguments += ["--token-file", try TestEnvironment.temporaryFile(Data((token + "\n").utf8), name: "token").path]
        }
        return try TestEnvironment.runProgram(TestEnvironment.executable, arguments, environment: environment)
    }

    /// The D7/D8 entries of the JSON report's `mattermost.checks`.
    static func checks(_ result: ProcessResult) throws -> [String: (status: String, reason: String?)] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any],
                                  "no JSON: \(result.standardError)")
        let list = try #require((object["mattermost"] as? [String: Any])?["checks"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as? String ?? "", ($0["status"] as? String ?? "", $0["reason"] as? String)) })
    }

    @Test("a site that redirects to another host never gets the token sent there, from --token, the environment or --token-file",
          arguments: TokenSource.allCases)
    func redirectElsewhere(source: TokenSource) throws {
        let other = try Site(host: "127.0.0.2")
        let site = try Site(arguments: ["--redirect-to", other.base])
        let result = try Self.diagnose(site.base, from: source)
        let sentElsewhere = try other.requests().filter { $0.authorization != nil }
        #expect(sentElsewhere.isEmpty, "the other host received: \(sentElsewhere.map { "\($0.method) \($0.path): \($0.authorization ?? "")" })")
        // The anonymous requests did follow the redirect: the other host saw them.
        #expect(try other.requests().contains { $0.path.hasPrefix("/api/v4/config/client") })
        // The site itself (loopback, plain http allowed) got the token on the admin endpoints.
        #expect(try site.requests().contains { $0.path == "/api/v4/config" && $0.authorization == "Bearer \(Self.secret)" })
        let checks = try Self.checks(result)
        let d7 = try #require(checks["D7"])
        #expect(d7.status == "skipped")
        #expect(d7.reason?.contains("redirects /api/v4/config to \(other.base)/api/v4/config") == true, "\(d7)")
        #expect(d7.reason?.contains("the token was not sent") == true)
        #expect(!result.standardOutput.contains(Self.secret) && !result.standardError.contains(Self.secret))
    }

    @Test("a redirect within the site's origin is followed with the token")
    func sameOriginRedirect() throws {
        let site = try Site(arguments: ["--same-origin-redirect", "--token", Self.secret])
        let result = try Self.diagnose(site.base, from: .file)
        #expect(try site.requests().contains { $0.path == "/api/v4/config?moved=1" && $0.authorization == "Bearer \(Self.secret)" })
        let checks = try Self.checks(result)
        #expect(checks["D7"]?.status == "ran", "\(String(describing: checks["D7"]))")
        #expect(checks["D8"]?.status == "ran")
        #expect(!result.standardOutput.contains(Self.secret))
    }

    @Test("an http → https upgrade on the same host is followed with the token")
    func upgradeToHTTPS() throws {
        let secure = try Site(arguments: ["--token", Self.secret], tls: true)
        let site = try Site(arguments: ["--redirect-to", secure.base])
        let result = try Self.diagnose(site.base, from: .environment, extra: ["--ca-file", TLSFixtures.shared.caCertificate])
        #expect(try secure.requests().contains { $0.path == "/api/v4/config" && $0.authorization == "Bearer \(Self.secret)" })
        #expect(try Self.checks(result)["D7"]?.status == "ran", "\(result.standardOutput.prefix(2000))")
    }

    @Test("over plain http the token goes only to loopback: anything else exits 2 with one line, unless --insecure insists")
    func plainHTTPElsewhere() throws {
        let refused = try Self.diagnose("http://chat.northwind.invalid", from: .option)
        #expect(refused.status == 2)
        let lines = refused.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(refused.standardError)")
        #expect(refused.standardError.contains("https://") && refused.standardError.contains("--insecure"))
        #expect(!refused.standardError.contains(Self.secret) && refused.standardOutput.isEmpty)
        // The same rule in the library, for embedders.
        #expect(MattermostProbe.tokenRefusal(siteURL: "http://chat.northwind.edu", fetch: FetchOptions()) != nil)
        #expect(MattermostProbe.tokenRefusal(siteURL: "http://chat.northwind.edu", fetch: FetchOptions(insecure: true)) == nil)
        #expect(MattermostProbe.tokenRefusal(siteURL: "https://chat.northwind.edu", fetch: FetchOptions()) == nil)
        #expect(MattermostProbe.tokenRefusal(siteURL: "http://127.0.0.1:8065", fetch: FetchOptions()) == nil)
        #expect(MattermostProbe.tokenRefusal(siteURL: "http://localhost:8065", fetch: FetchOptions()) == nil)
        // libcurl's parser decides where a URL leads: a userinfo trick is not loopback.
        #expect(MattermostProbe.tokenRefusal(siteURL: "http://127.0.0.1@chat.northwind.edu", fetch: FetchOptions()) != nil)
    }

    @Test("a refused token is reported as such, and a 401 page that echoes the header never puts the token in a report")
    func refusedTokenEchoed() async throws {
        let site = try Site(arguments: ["--token", "the-right-one"])
        for format in ["json", "text", "sarif", "junit", "github"] {
            let result = try Self.diagnose(site.base, from: .option, format: format)
            #expect(!result.standardOutput.contains(Self.secret), "\(format) report contains the token")
            #expect(!result.standardError.contains(Self.secret))
            if format == "json" {
                let d7 = try #require(try Self.checks(result)["D7"])
                #expect(d7.status == "skipped" && d7.reason?.contains("token refused (HTTP 401") == true, "\(d7)")
            }
        }
        // The server did echo it: the scrubbing is what kept it out of everything recorded.
        #expect(try site.requests().contains { $0.authorization == "Bearer \(Self.secret)" })
        let observation = await MattermostProbe(token: Self.secret).observe(siteURL: site.base)
        let echoed = try #require(observation.adminConfig)
        #expect(echoed.status == 401)
        #expect(echoed.text.contains("Authorization: Bearer \(FetchCredential.placeholder)"), "\(echoed.text)")
        #expect(!echoed.text.contains(Self.secret))
    }

    @Test("--token and --token-file together, an empty or unreadable token file: exit 2 with one line")
    func tokenInputMistakes() throws {
        let both = try TestEnvironment.run(["mattermost", "http://127.0.0.1:9", "--token", "a", "--token-file", "/nonexistent"])
        #expect(both.status == 2)
        let missing = try TestEnvironment.run(["mattermost", "http://127.0.0.1:9", "--token-file", "/nonexistent/token"])
        #expect(missing.status == 2 && missing.standardError.contains("no such file"))
        let empty = try TestEnvironment.temporaryFile(Data("\n".utf8), name: "token")
        let blank = try TestEnvironment.run(["mattermost", "http://127.0.0.1:9", "--token-file", empty.path])
        #expect(blank.status == 2 && blank.standardError.contains("holds no token"))
        #expect(blank.standardError.split(separator: "\n").count == 1)
    }
}
