// samlcheck-bench: measurements that guide implementation choices, printed as tables.
//
//   swift run -c release samlcheck-bench certificates /tmp/perf-data/agg-10000.signed.xml
//
// compares ways of inspecting every ds:X509Certificate of a document (OpenSSL's d2i_X509, the
// light DER reader, with and without de-duplication and all cores) and checks that the light
// reader and OpenSSL agree on every certificate.
//
//   swift run -c release samlcheck-bench rules /tmp/perf-data/agg-10000.signed.xml [saml2int,REFEDS,…]
//
// times each rule alone over every entity, with the default profiles and any named ones.
//
//   swift run -c release samlcheck-bench cancel /tmp/perf-data/agg-10000.signed.xml
//
// cancels a check of the file at several points of its run and prints how long the cancelled
// task took to end. The whole-process benchmark against xmlsec1 is scripts/bench.
import Foundation
import SAMLCheck

func seconds(_ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("samlcheck-bench: \(message)\n".utf8))
    exit(2)
}

ProcessTuning.tuneAllocatorForOneDocument()  // measure what the samlcheck executable runs with

let arguments = Array(CommandLine.arguments.dropFirst())
guard (2...3).contains(arguments.count), ["certificates", "rules", "cancel"].contains(arguments[0]) else {
    fail("usage: samlcheck-bench certificates METADATA.xml | rules METADATA.xml [PROFILE,…] | cancel METADATA.xml")
}

if arguments[0] == "cancel" {
    // The whole check once, then cancelled at points across its run: the time from cancel() to
    // the task's end is what a caller waits for.
    let checker = Checker(options: CheckOptions())
    let clock = ContinuousClock()
    func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
    let started = clock.now
    _ = try await checker.check(.file(arguments[1]))
    let whole = seconds(since: started)
    print(String(format: "whole check: %.2f s", whole))
    print("cancelled at   ended after   result")
    for fraction in [0.1, 0.25, 0.4, 0.55, 0.7, 0.85] {
        let task = Task { try await checker.check(.file(arguments[1])) }
        try await Task.sleep(for: .seconds(whole * fraction))
        let cancelled = clock.now
        task.cancel()
        let result: String
        do { _ = try await task.value; result = "finished" } catch is CancellationError { result = "CancellationError" } catch { result = "\(error)" }
        print(String(format: "%9.2f s   %9.2f s   ", whole * fraction, seconds(since: cancelled)) + result)
    }
    exit(0)
}
guard let data = FileManager.default.contents(atPath: arguments[1]) else { fail("cannot read \(arguments[1])") }
let bytes = [UInt8](data)

let checker = Checker(options: CheckOptions())
let document: MetadataDocument
switch try checker.load(bytes: bytes) {
case .success(let loaded): document = loaded
case .failure(let failure): fail("not readable: \(failure.findings.first?.message ?? "")")
}

if arguments[0] == "rules" {
    // Each rule alone over every entity, on one core: where the rules' time goes.
    var settings = RuleSettings(now: Date())
    for name in arguments.count == 3 ? arguments[2].split(separator: ",").map(String.init) : [] {
        guard let profile = Profile(name: name) else { fail("unknown profile \(name)") }
        settings.profiles.insert(profile)
    }
    let measurements = RuleProfiler.profile(document, settings: settings)
    let total = measurements.reduce(0) { $0 + $1.seconds }
    print("rule                              ms   share  findings")
    for measurement in measurements.prefix(40) {
        let name = measurement.ruleID.padding(toLength: 30, withPad: " ", startingAt: 0)
        print(name + String(format: "%7.1f  %5.1f%%  %8d", measurement.seconds * 1000, measurement.seconds / total * 100, measurement.findings))
    }
    print(String(format: "all %d rules: %.0f ms on one core", measurements.count, total * 1000))
    exit(0)
}

let texts: [String] = {
    var collected = (document.rootSignature?.keyInfo?.certificates ?? []).map(\.base64)
    for entity in document.entities {
        for role in entity.roles {
            for key in role.keyDescriptors { collected += (key.keyInfo?.certificates ?? []).map(\.base64) }
        }
    }
    return collected
}()
let distinct = Array(Set(texts))
var ders: [[UInt8]] = []
for text in texts {
    if case .success(let decoded) = CertificateDecoder.decode(base64: text) { ders.append(decoded.der) }
}

print("\(texts.count) certificates, \(distinct.count) distinct, \(ders.count) decodable; \(ProcessInfo.processInfo.activeProcessorCount) cores")
let runs = 5
var rows: [(String, Double)] = []
rows.append(("OpenSSL d2i_X509 + facts, each certificate, 1 core", median((0..<runs).map { _ in seconds {
    for der in ders { _ = OpenSSLCertificateReader.read(der: der) }
} })))
rows.append(("light DER reader (base64 + DER + 2 SHA-256), each, 1 core", median((0..<runs).map { _ in seconds {
    for text in texts { _ = CertificateDecoder.decode(base64: text) }
} })))
rows.append(("light DER reader, distinct texts only, 1 core", median((0..<runs).map { _ in seconds {
    for text in Set(texts) { _ = CertificateDecoder.decode(base64: text) }
} })))
rows.append(("pipeline stage: distinct texts, all cores (CertificateStage)", median((0..<runs).map { _ in seconds {
    _ = CertificateStage.run(on: document)
} })))

print("")
print("method".padding(toLength: 64, withPad: " ", startingAt: 0) + "  median s   µs/cert")
for (name, value) in rows {
    let perCertificate = value / Double(max(texts.count, 1)) * 1e6
    print(name.padding(toLength: 64, withPad: " ", startingAt: 0) + "  " + String(format: "%8.3f   %7.1f", value, perCertificate))
}

var mismatches = 0
for der in ders {
    guard let reference = OpenSSLCertificateReader.read(der: der), case .success(let ours) = CertificateDecoder.decode(der: der) else {
        mismatches += 1
        continue
    }
    if ours.notAfter != reference.notAfter || ours.notBefore != reference.notBefore || ours.keyBits != reference.keyBits { mismatches += 1 }
}
print("")
print("light reader vs OpenSSL: \(ders.count - mismatches) of \(ders.count) certificates agree on dates and key size")
