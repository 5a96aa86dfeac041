// samlcheck-fuzz-message: a libFuzzer target over `samlcheck message`'s path: input detection
// (XML, base64, deflate+base64, Redirect URL, form body, HTML auto-post page, HAR), the safe
// parser, the message model, signature judgement and verification against the examples' IdP and
// SP, every message rule of every profile, and the JSON, SARIF and text renderers. Built with
// -DFUZZING and -sanitize=fuzzer by scripts/fuzz-message; an ordinary build replays files.
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

enum MessageFuzzTarget {
    static let options: CheckOptions = {
        var settings = RuleSettings(now: Date(timeIntervalSince1970: 1_780_272_000))
        settings.profiles = Set(Profile.allCases)
        return CheckOptions(rules: settings)
    }()
    /// The examples' IdP and SP, checked once: each input is then only the message's work.
    static let sides = try! MessageDiagnosis.sides(idpMetadata: Array(MessageExamples.idp.utf8), spMetadata: Array(MessageExamples.sp().utf8),
                                                   options: options)

    static func run(_ bytes: [UInt8]) {
        var setup = MessageDiagnosis.Setup()
        setup.requestID = MessageExamples.requestID
        setup.seenIDs = []
        guard let report = try? MessageDiagnosis.run(bytes: bytes, source: "fuzz", idp: sides.idp, sp: sides.sp, setup: setup, options: options) else { return }
        let run = RunDescription(now: options.rules.now, profiles: options.rules.profiles)
        _ = JSONRenderer.render(report, run: run)
        _ = SARIFRenderer.render(report, run: run)
        _ = TextRenderer(colour: false).render(report, run: run)
        // Every message found must have a verdict that agrees with its findings.
        for document in report.documents {
            guard let message = document.message else { continue }
            if (message.verdict == .accepted) != (document.counts.error == 0) { fatalError("verdict and findings disagree") }
            // A Response or Assertion is accepted only when signed by a trusted key (requests need
            // a signature only when the SP's metadata says so, and the examples' does not).
            if message.verdict == .accepted, message.type == "Response" || message.type == "Assertion", message.signature.status != .valid {
                fatalError("a \(message.type) accepted without a valid signature")
            }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    MessageFuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
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
            print("usage: samlcheck-fuzz-message FILE... (replays inputs; build with scripts/fuzz-message to fuzz)")
            return
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { print("cannot read \(path)"); continue }
            MessageFuzzTarget.run([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
