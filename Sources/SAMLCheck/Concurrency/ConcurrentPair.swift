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
        let lane = LaneThread { slot.value = first() }
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
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
