import Foundation
import Testing
@testable import SAMLCheck

/// Many documents checked at once by one Checker (each check itself runs stages side by side):
/// the results must equal those of checking them one by one. Run under ThreadSanitizer by
/// scripts/test-tsan.
@Suite struct ConcurrencyTests {
    static let documents: [(String, [UInt8])] = {
        var list: [(String, [UInt8])] = []
        for name in SampleTests.sampleNames {
            let url = TestEnvironment.samples.appendingPathComponent("\(name)/metadata.xml")
            list.append((name, [UInt8]((try? Data(contentsOf: url)) ?? Data())))
        }
        list.append(("signed", Array(SignedExamples.signedIdP.utf8)))
        return list
    }()

    @Test("concurrent checks give the same findings as sequential ones")
    func concurrentChecks() async throws {
        let checker = TestEnvironment.checker()
        var sequential: [String: [Finding]] = [:]
        for (name, bytes) in Self.documents {
            sequential[name] = try checker.check(bytes: bytes, source: name).findings
        }
        let concurrent = try await withThrowingTaskGroup(of: (String, [Finding]).self) { group in
            for round in 0..<3 {
                for (name, bytes) in Self.documents {
                    group.addTask { (name + "#\(round)", try checker.check(bytes: bytes, source: name).findings) }
                }
            }
            var results: [String: [Finding]] = [:]
            for try await (key, findings) in group { results[key] = findings }
            return results
        }
        #expect(concurrent.count == Self.documents.count * 3)
        for (key, findings) in concurrent {
            let name = String(key.split(separator: "#")[0])
            #expect(findings == sequential[name], "\(key) differs when checked concurrently")
        }
    }
}
