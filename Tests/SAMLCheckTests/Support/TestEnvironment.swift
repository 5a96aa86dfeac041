import Foundation
@testable import SAMLCheck

/// Paths and helpers the tests share.
enum TestEnvironment {
    /// The repository root (this file is Tests/SAMLCheckTests/Support/TestEnvironment.swift).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Test data copied into the repository with its provenance: other projects' test files
    /// (`corpus/`, see its manifest.tsv and LICENSES/), the SARIF schema (`schemas/`), products'
    /// metadata (`products/`) and the stand-in servers (`servers/`).
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/SAMLCheckTests/Fixtures")

    /// A fixture file that must exist: a missing one fails the test that asked, loudly.
    static func fixture(_ relativePath: String) throws -> URL {
        let url = fixtures.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MissingFixture(path: url.path)
        }
        return url
    }

    static let samples = repositoryRoot.appendingPathComponent("samples")

    /// The `samlcheck` binary built next to the test bundle.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        var directory = testBinary.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("samlcheck")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        return testBinary.deletingLastPathComponent().appendingPathComponent("samlcheck")
    }()

    /// The fixed clock most tests use.
    static let clock = XSDateTime("2026-11-29T00:00:00Z").date!

    /// A checker with the default profiles at the fixed clock, plus `profiles`.
    static func checker(now: Date = clock, profiles: Set<Profile> = [], entity: String? = nil, limits: ParseLimits = ParseLimits(),
                        signature: SignaturePolicy = SignaturePolicy(), schema: SchemaOptions = SchemaOptions(),
                        inputs: PolicyInputs = PolicyInputs()) -> Checker {
        var settings = RuleSettings(now: now)
        settings.profiles.formUnion(profiles)
        settings.inputs = inputs
        return Checker(options: CheckOptions(rules: settings, parseLimits: limits, entityFilter: entity, signature: signature, schema: schema))
    }

    /// Checks an XML string.
    static func check(_ xml: String, now: Date = clock, profiles: Set<Profile> = []) throws -> DocumentReport {
        try checker(now: now, profiles: profiles).check(bytes: Array(xml.utf8), source: "test.xml")
    }

    /// Loads the model of an XML string.
    static func model(_ xml: String) throws -> MetadataDocument {
        try checker().load(bytes: Array(xml.utf8)).get()
    }
}

/// The outcome of running the CLI.
struct ProcessResult {
    var status: Int32
    var standardOutput: String
    var standardError: String
    var seconds: Double
}

extension TestEnvironment {
    /// Runs `samlcheck` with arguments (and optional standard input) and waits at most `timeout`.
    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil, timeout: Double = 60) throws -> ProcessResult {
        try runProgram(executable, arguments, input: input, in: directory, timeout: timeout)
    }

    /// Runs any program, capturing its output.
    static func runProgram(_ program: URL, _ arguments: [String], input: Data? = nil, in directory: URL? = nil,
                           environment: [String: String]? = nil, timeout: Double = 60) throws -> ProcessResult {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        let started = Date()
        try process.run()
        // Read both pipes concurrently so a chatty child never blocks on a full pipe.
        let outputBox = DataBox()
        let errorBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outputBox), (err, errorBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        if let input {
            // A child may stop reading early (an input over --max-bytes): that is not our crash.
            signal(SIGPIPE, SIG_IGN)
            try? inPipe.fileHandleForWriting.write(contentsOf: input)
        }
        try? inPipe.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            throw TimeoutError(seconds: timeout, command: ([program.lastPathComponent] + arguments).joined(separator: " "))
        }
        process.waitUntilExit()
        group.wait()
        return ProcessResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputBox.data, as: UTF8.self),
                             standardError: String(decoding: errorBox.data, as: UTF8.self),
                             seconds: Date().timeIntervalSince(started))
    }

    /// Writes `contents` to a fresh temporary file and returns its URL.
    static func temporaryFile(_ contents: Data, name: String = "input.xml") throws -> URL {
        let directory = TestScratch.path("tests")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }
}

final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// A fixture the repository should hold is not there: the checkout is incomplete.
struct MissingFixture: Error, CustomStringConvertible {
    let path: String
    var description: String { "fixture \(path) is missing from the checkout" }
}

struct TimeoutError: Error, CustomStringConvertible {
    let seconds: Double
    let command: String
    var description: String { "\(command) did not finish within \(seconds) s" }
}
