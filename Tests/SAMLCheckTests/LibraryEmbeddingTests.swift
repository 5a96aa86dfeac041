import Foundation
import Testing
@testable import SAMLCheck

/// What a tool embedding the library relies on: the exit code the command would end with comes
/// from the report itself, for real checks of the samples.
@Suite struct LibraryEmbeddingTests {
    static func report(_ sample: String) async throws -> Report {
        let checker = TestEnvironment.checker(now: try #require(XSDateTime("2026-11-29T00:00:00Z").date))
        let path = TestEnvironment.samples.appendingPathComponent("\(sample)/metadata.xml").path
        return Report(documents: [try await checker.check(.file(path))])
    }

    @Test("Report.exitCode maps findings, thresholds and unreadable inputs as the command does")
    func exitCodes() async throws {
        let clean = try await Self.report("clean-sp")
        #expect(clean.exitCode(failingAt: .error) == 0)
        #expect(clean.exitCode(failingAt: .warning) == 1, "clean-sp has a warning: MD-ROOT-CACHE-ATTR")
        let broken = try await Self.report("sp-redirect-acs")
        #expect(broken.exitCode(failingAt: .error) == 1)
        #expect(broken.exitCode(failingAt: nil) == 0)
        let partial = Report(documents: broken.documents + [.unreadable(source: "gone.xml", reason: "no such file")])
        #expect(partial.exitCode(failingAt: nil) == 2)

        for (sample, failOn) in [("clean-sp", "error"), ("clean-sp", "warning"), ("sp-redirect-acs", "error")] {
            let path = TestEnvironment.samples.appendingPathComponent("\(sample)/metadata.xml").path
            let cli = try TestEnvironment.run(["check", path, "--no-config", "--now", "2026-11-29", "--fail-on", failOn])
            let library = try await Self.report(sample).exitCode(failingAt: Severity(rawValue: failOn))
            #expect(cli.status == library, "\(sample) --fail-on \(failOn)")
        }
    }
}
