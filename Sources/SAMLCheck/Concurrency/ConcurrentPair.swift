import Dispatch

/// Two blocking pieces of work run side by side (one per core), both results returned. For the
/// stages that read the same libxml2 tree: the C calls block, so they run on Dispatch threads,
/// not on Swift's cooperative pool.
enum ConcurrentPair {
    static func run<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let slots = Slots<A, B>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { slots.first = first() } else { slots.second = second() }
        }
        return (slots.first!, slots.second!)
    }

    /// Each slot is written by exactly one iteration and read after both finished.
    private final class Slots<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
