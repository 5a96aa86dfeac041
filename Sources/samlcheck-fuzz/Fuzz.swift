// samlcheck-fuzz: a libFuzzer target over the whole pipeline (parse → model → schema →
// certificates → signature → every rule of every profile → JSON and SARIF rendering), plus the
// HTTP-Redirect decoder. Each input is checked twice, parsed in two halves and parsed whole; the
// two reports must be equal. Built with -DFUZZING and -sanitize=fuzzer by scripts/fuzz; an ordinary
// build gives a replay tool that runs the same code on files (crash reproducers, the seed corpus).
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

enum FuzzTarget {
    /// Parses every input in two halves wherever a cut can be planned (see SplitParse), so the
    /// split, the graft and the fall-back to a whole parse all meet hostile input.
    static let checker = makeChecker(splitThreshold: 0)
    /// Parses every input whole: the split parse must give exactly its report.
    static let wholeChecker = makeChecker(splitThreshold: .max)

    static func makeChecker(splitThreshold: Int) -> Checker {
        var settings = RuleSettings(now: Date(timeIntervalSince1970: 1_796_000_000))
        settings.profiles = Set(Profile.allCases)
        return Checker(options: CheckOptions(rules: settings, parseLimits: ParseLimits(maximumBytes: 4 << 20, splitThreshold: splitThreshold)))
    }

    static func run(_ bytes: [UInt8]) {
        let report = withoutTimings(try? checker.check(bytes: bytes, source: "fuzz.xml"))
        guard report == withoutTimings(try? wholeChecker.check(bytes: bytes, source: "fuzz.xml")) else {
            fatalError("parsing in two halves gave another report than parsing whole")
        }
        if let report {
            let run = RunDescription(now: checker.options.rules.now, profiles: checker.options.rules.profiles)
            _ = JSONRenderer.render(Report(documents: [report]), run: run)
            _ = SARIFRenderer.render(Report(documents: [report]), run: run)
        }
        // The same bytes as a login redirect: query parsing, base64, inflate, AuthnRequest parse.
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        let message = RedirectMessage(location: text)
        _ = message.authnRequest()
        _ = DecodedAuthnRequest.parse(xml: bytes)
    }

    private static func withoutTimings(_ report: DocumentReport?) -> DocumentReport? {
        guard var report else { return nil }
        report.timings = PhaseTimings()
        return report
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver, entered from our own main (SwiftPM names an executable's entry point).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, { data, size in fuzzOneInput(data, size) }))
    }
}
#else
@main
struct Replay {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty {
            print("usage: samlcheck-fuzz FILE... (replays inputs; build with scripts/fuzz to fuzz)")
            return
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { print("cannot read \(path)"); continue }
            FuzzTarget.run([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
