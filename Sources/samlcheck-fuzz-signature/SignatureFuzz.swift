// samlcheck-fuzz-signature: a libFuzzer target for the signature verdict, with a structure-aware
// mutator (SignatureMutator) over really signed metadata and a differential oracle. For every
// input it checks the verdict contract under three trust modes (none, --trust, a pinned
// fingerprint), and whenever samlcheck says `valid` it asks an independent `xmlsec1 --verify`
// (its own parse, only the document element's kind registered as ID holder, the trusted key and
// nothing from KeyInfo) and
// requires OK with the single Reference digesting the document element itself.
//
// scripts/fuzz-signature makes the keys and the signed seeds (openssl, xmlsec1), sets
// SAMLCHECK_FUZZ_TRUST (the signer's certificate), SAMLCHECK_FUZZ_OTHER (an unrelated one) and
// SAMLCHECK_FUZZ_WORK (a scratch directory), and runs this target; built without -DFUZZING it
// replays files.
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif
import Foundation

enum SignatureFuzz {
    struct Setup {
        var trusted: String
        var trustedPEM: [UInt8]
        var otherCertificate: String
        var work: URL
    }

    static let setup: Setup = {
        let environment = ProcessInfo.processInfo.environment
        guard let trusted = environment["SAMLCHECK_FUZZ_TRUST"], let other = environment["SAMLCHECK_FUZZ_OTHER"],
              let work = environment["SAMLCHECK_FUZZ_WORK"],
              let pem = FileManager.default.contents(atPath: trusted), let otherPEM = try? String(contentsOfFile: other, encoding: .utf8) else {
            fatalError("set SAMLCHECK_FUZZ_TRUST, SAMLCHECK_FUZZ_OTHER and SAMLCHECK_FUZZ_WORK (scripts/fuzz-signature does)")
        }
        let base64 = otherPEM.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return Setup(trusted: trusted, trustedPEM: Array(pem), otherCertificate: base64, work: URL(fileURLWithPath: work))
    }()

    static let anchors: [TrustAnchor] = (try? TrustAnchor.load(setup.trustedPEM, name: "trusted.pem")) ?? []

    static func checker(_ policy: SignaturePolicy) -> Checker {
        var options = CheckOptions(rules: RuleSettings(now: Date(timeIntervalSince1970: 1_796_000_000)),
                                   parseLimits: ParseLimits(maximumBytes: 1 << 20))
        options.signature = policy
        options.schema.enabled = false
        return Checker(options: options)
    }

    static let modes: [(name: String, checker: Checker, requiresSignature: Bool)] = [
        ("none", checker(SignaturePolicy()), false),
        ("trust", checker(SignaturePolicy(anchors: anchors)), true),
        ("fingerprint", checker(SignaturePolicy(pinnedFingerprints: anchors.compactMap(\.certificateFingerprint))), true),
    ]

    /// Counts for the final summary.
    nonisolated(unsafe) static var valid = 0
    nonisolated(unsafe) static var oracleRuns = 0

    static func run(_ bytes: [UInt8]) {
        for mode in modes {
            guard let report = try? mode.checker.check(bytes: bytes, source: "fuzz.xml") else { continue }
            let status = report.signature.status
            if status == .invalid, !report.findings.contains(where: { $0.rule == "SIG-INVALID" && $0.severity == .error }) {
                fail("invalid without a SIG-INVALID error (\(mode.name)): \(report.signature.reason ?? "")", bytes)
            }
            if mode.requiresSignature, status != .valid, report.root != nil,
               !report.findings.contains(where: { ["SIG-INVALID", "SIG-MD-UNTRUSTED-KEY", "SIG-MD-UNSIGNED"].contains($0.rule) && $0.severity == .error }) {
                fail("status \(status.rawValue) under \(mode.name) without an error", bytes)
            }
            if (report.signature.reason ?? "").isEmpty { fail("status \(status.rawValue) without a reason (\(mode.name))", bytes) }
            if status == .valid {
                guard mode.requiresSignature else { fail("valid without trust input", bytes) }
                valid += 1
                oracle(bytes, mode: mode.name)
            }
        }
    }

    /// The independent check of a `valid` verdict.
    static func oracle(_ bytes: [UInt8], mode: String) {
        oracleRuns += 1
        guard let root = rootElement(bytes) else { fail("valid, but the oracle cannot find the document element", bytes) }
        let file = setup.work.appendingPathComponent("oracle-\(getpid()).xml")
        _ = FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmlsec1")
        // `--enabled-key-data aes` reads nothing from KeyInfo (which is not signed): the trusted
        // key alone verifies, as with samlcheck's --trust.
        process.arguments = ["--verify", "--pubkey-cert-pem", setup.trusted, "--enabled-reference-uris", "empty,same-doc", "--enabled-key-data", "aes",
                             "--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:metadata:\(root.localName)", "--store-references", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { fatalError("cannot run xmlsec1: \(error)") }
        let output = String(decoding: readToEnd(pipe.fileHandleForReading.fileDescriptor), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, output.contains("\nOK\n") || output.hasPrefix("OK\n") else {
            fail("samlcheck said valid (\(mode)), xmlsec1 --verify did not: \(output.prefix(400))", bytes)
        }
        let digests = output.components(separatedBy: "== PreDigest data - start buffer:\n").dropFirst()
        guard digests.count == 1, let digested = digests.first?.components(separatedBy: "\n== PreDigest data - end buffer").first else {
            fail("samlcheck said valid (\(mode)); xmlsec1 digested \(digests.count) references", bytes)
        }
        let firstTag = digested.prefix { $0 != ">" }
        let ownID = root.id.map { firstTag.contains(" ID=\"\($0)\"") } ?? false
        guard firstTag.hasPrefix("<\(root.qualifiedName) ") || firstTag.hasPrefix("<\(root.qualifiedName)\n"), ownID,
              digested.hasSuffix("</\(root.qualifiedName)>") else {
            fail("samlcheck said valid (\(mode)); xmlsec1 digested another node: \(firstTag.prefix(200))", bytes)
        }
    }

    /// Everything a pipe delivers, retrying reads that a signal interrupts (libFuzzer's timers
    /// send them; FileHandle.readDataToEndOfFile traps on EINTR).
    static func readToEnd(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return bytes }
            bytes += chunk.prefix(count)
        }
    }

    /// The document element's qualified name, local name and ID, read from the text.
    static func rootElement(_ bytes: [UInt8]) -> (qualifiedName: String, localName: String, id: String?)? {
        for tag in SignatureMutator.tags(in: bytes) where !tag.isEnd {
            let text = String(decoding: bytes[tag.start..<tag.end], as: UTF8.self)
            var id: String?
            if let range = text.range(of: " ID=\"") {
                id = String(text[range.upperBound...].prefix { $0 != "\"" })
            }
            let local = tag.name.split(separator: ":").last.map(String.init) ?? tag.name
            return (tag.name, local, id)
        }
        return nil
    }

    static func fail(_ message: String, _ bytes: [UInt8]) -> Never {
        let path = setup.work.appendingPathComponent("failure-\(getpid()).xml").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        fatalError("signature oracle: \(message) (input kept in \(path))")
    }

    static let mutator = SignatureMutator(rootID: "_aggregate", innerID: "_idp", otherCertificate: setup.otherCertificate)
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SignatureFuzz.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerMutate")
func libFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

/// Mostly structure-aware mutations (SignatureMutator); now and then libFuzzer's own byte-level ones.
@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    var generator = SignatureMutator.Generator(seed: seed)
    if generator.next(10) == 0 { return libFuzzerMutate(data, size, maxSize) }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let rootID = SignatureFuzz.rootElement(input)?.id ?? "_aggregate"
    let mutator = SignatureMutator(rootID: rootID, innerID: rootID == "_entity" ? "_role" : "_idp",
                                   otherCertificate: SignatureFuzz.setup.otherCertificate)
    let output = mutator.mutate(input, generator: &generator)
    guard output.count <= maxSize else { return size }
    output.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: output.count) }
    return output.count
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        atexit {
            let line = "signature oracle: \(SignatureFuzz.valid) valid verdicts, \(SignatureFuzz.oracleRuns) confirmed by xmlsec1\n"
            _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        }
        exit(runFuzzerDriver(&argc, &argv, { data, size in fuzzOneInput(data, size) }))
    }
}
#else
@main
struct Replay {
    static func main() {
        let paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty {
            print("usage: samlcheck-fuzz-signature FILE... (replays inputs; scripts/fuzz-signature fuzzes)")
            return
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { print("cannot read \(path)"); continue }
            SignatureFuzz.run([UInt8](data))
            print("ok \(path) (valid verdicts so far: \(SignatureFuzz.valid))")
        }
    }
}
#endif
