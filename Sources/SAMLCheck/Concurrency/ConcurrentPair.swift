#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// Two blocking pieces of work run side by side (one per core), both results returned. For the
/// stages that read the same libxml2 tree: the C calls block, so they run on threads of their
/// own, not on Swift's cooperative pool.
///
/// The first runs on a thread started for it; the second on the caller's thread. Not two
/// iterations of `concurrentPerform`: a `Parallel.map` inside either would then be a nested
/// apply, which libdispatch runs on one thread when the apply around it already fills the cores
/// (with two cores, the rules and certificate decoding ran on one core while the other sat idle
/// once the signature was verified). From the caller's thread it spreads over every core.
enum ConcurrentPair {
    static func run<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () -> A, _ second: () -> B) -> (A, B) {
        let slot = Slot<A>()
        let lane = Lane { slot.value = first() }
        guard lane.start() else {
            // No thread of our own to be had (resource limits): one of libdispatch's. Never the
            // two one after the other: the lanes may wait for each other.
            let done = Handoff<Bool>()
            DispatchQueue.global().async {
                slot.value = first()
                done.put(true)
            }
            let secondResult = second()
            _ = done.take()
            return (slot.value!, secondResult)
        }
        let secondResult = second()
        lane.join()
        return (slot.value!, secondResult)
    }

    /// Written by the lane's thread, read after joining it.
    private final class Slot<A>: @unchecked Sendable {
        var value: A?
    }

    /// A thread running one closure.
    private final class Lane: @unchecked Sendable {
        private let work: @Sendable () -> Void
        private var thread = pthread_t()

        /// A stack large enough for libxml2 and xmlsec on the deepest tree the parser admits.
        private static let stackBytes = 8 << 20

        init(_ work: @escaping @Sendable () -> Void) { self.work = work }

        func start() -> Bool {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, Self.stackBytes)
            // The thread holds one reference until its work is done.
            let context = Unmanaged.passRetained(self).toOpaque()
            let status = pthread_create(&thread, &attributes, { context in
                let lane = Unmanaged<Lane>.fromOpaque(context!).takeRetainedValue()
                lane.work()
                return nil
            }, context)
            if status != 0 {
                Unmanaged<Lane>.fromOpaque(context).release()
                return false
            }
            return true
        }

        /// Waits for the thread: everything it wrote happens before `pthread_join` returns.
        func join() {
            pthread_join(thread, nil)
        }
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
