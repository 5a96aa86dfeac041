import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import Synchronization
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
            sequential[name] = try await checker.check(bytes: bytes, source: name).findings
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

    @Test("a work share gives each loop's results in order, whether or when the other lane joins")
    func workShare() {
        // Three loops; the helper joins after the first has started, works through the rest,
        // and returns when the owner closes. Each iteration records which thread ran it; the
        // owner's iterations wait (up to 2 s) until the helper has run one, so that it surely does.
        let share = WorkShare()
        let started = Handoff<Bool>()
        let owner = pthread_self()
        let helperRan = Atomic<Bool>(false)
        let ((), loops) = ConcurrentPair.run({
            _ = started.take()
            share.help()
        }, {
            defer { share.close() }
            var loops: [[(Int, Bool)]] = []
            for size in [500, 1, 3_000] {
                loops.append(share.map(size) { index in
                    if index == 0 { started.put(true) }
                    let byOwner = pthread_equal(pthread_self(), owner) != 0
                    if byOwner {
                        // Leave the helper time to join (a busy test machine may start it late).
                        let deadline = ContinuousClock.now + .seconds(2)
                        while !helperRan.load(ordering: .acquiring), ContinuousClock.now < deadline { usleep(200) }
                    } else {
                        helperRan.store(true, ordering: .releasing)
                    }
                    return (index, byOwner)
                })
            }
            return loops
        })
        #expect(loops.map(\.count) == [500, 1, 3_000])
        for loop in loops { #expect(loop.map(\.0) == Array(0..<loop.count)) }
        #expect(loops.joined().contains { !$0.1 }, "the helper took no iteration")
        // Without a helper, the owner does everything; a share closed unused lets nobody wait.
        let alone = WorkShare()
        #expect(alone.map(100) { $0 * 2 } == (0..<100).map { $0 * 2 })
        alone.close()
        alone.help()
    }

    @Test("a check's blocking work runs on a thread of its own, not on the awaiting task's, and sees its cancellation")
    func offThePool() async throws {
        let caller = pthread_self()
        let (worker, sawFlag) = try await OffPool.run { (pthread_self(), Cancellation.flag != nil) }
        #expect(pthread_equal(caller, worker) == 0)
        #expect(sawFlag)

        // Cancelled before it starts: nothing is read, CancellationError as Swift callers expect.
        let bytes = Array(ExampleMetadata.sp().utf8)
        let checker = TestEnvironment.checker()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await checker.check(bytes: bytes, source: "sp.xml")
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        let report = try await checker.check(bytes: bytes, source: "sp.xml")
        #expect(report.entityCount == 1)
    }

    /// An aggregate of 3,000 entities (a few megabytes), and a file holding it.
    static func largeAggregate(subject: String, name: String) throws -> (document: [UInt8], file: URL) {
        let identity = try TestPKI.shared.identity(subject: subject)
        let document = Array(SplitParseTests.aggregate(entities: 3_000, certificate: identity.certificateBase64).utf8)
        return (document, try TestEnvironment.temporaryFile(Data(document), name: name))
    }

    @Test("a check cancelled while it reads a large document stops at the next stage with CancellationError")
    func cancelledMidway() async throws {
        let (document, file) = try Self.largeAggregate(subject: "cancel.example.org", name: "large.xml")
        let checker = TestEnvironment.checker()
        let uncancelled = try await checker.check(.file(file.path))
        #expect(uncancelled.entityCount == 3_000)

        // Read through a FIFO, so the test knows the check is reading when it cancels: half the
        // document is written, the task is cancelled, then the rest follows. (A sleep before
        // cancelling raced with the check on a loaded machine.)
        let fifo = file.deletingLastPathComponent().appendingPathComponent("large.fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let task = Task { try await checker.check(.file(fifo.path)) }
        await FIFOWriter.cancelHalfway(task, feeding: document, through: fifo.path)
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("a diff cancelled while one version is verified and the other read stops with CancellationError")
    func diffCancelledMidway() async throws {
        let (document, file) = try Self.largeAggregate(subject: "cancel-diff.example.org", name: "diff-large-\(UUID().uuidString).xml")
        let checker = TestEnvironment.checker()
        #expect(try await checker.diff(.file(file.path), .file(file.path)).isEmpty)

        // The old version is a file, read and verified at once; the new one comes through a FIFO,
        // half of it before the task is cancelled and the rest after.
        let fifo = file.deletingLastPathComponent().appendingPathComponent("diff-\(UUID().uuidString).fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let task = Task { try await checker.diff(.file(file.path), .file(fifo.path)) }
        await FIFOWriter.cancelHalfway(task, feeding: document, through: fifo.path)
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}

/// The writing end of a FIFO, used from one Dispatch thread at a time.
private final class FIFOWriter: @unchecked Sendable {
    /// Writes the first half of `document` into the FIFO that `task` reads, cancels the task,
    /// then writes the rest: the task is certainly reading when it is cancelled.
    static func cancelHalfway<T: Sendable>(_ task: Task<T, any Error>, feeding document: [UInt8], through path: String) async {
        let writer = FIFOWriter()
        // Off the cooperative pool: opening a FIFO for writing blocks until the reader opens it.
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                writer.open(path)
                writer.write(document[..<(document.count / 2)])
                continuation.resume()
            }
        }
        task.cancel()
        DispatchQueue.global().async {
            writer.write(document[(document.count / 2)...])
            writer.close()
        }
    }

    private var descriptor: Int32 = -1

    func open(_ path: String) {
        // Should the reader ever close early, a write fails with EPIPE instead of killing the tests.
        signal(SIGPIPE, SIG_IGN)
        descriptor = Glibc.open(path, O_WRONLY)
    }

    func write(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    func close() { _ = Glibc.close(descriptor) }
}
