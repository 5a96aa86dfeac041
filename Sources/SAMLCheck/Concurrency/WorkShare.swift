/// Data-parallel loops that one lane runs and the other lane joins once its own work is done.
///
/// The owner runs loops with ``map(_:_:)``, one after another, taking iterations itself; a helper
/// calls ``help()`` once and takes iterations of whichever loop is open until the owner calls
/// ``close()``. The pipeline uses it so that signature verification keeps a core to itself while
/// the other lane decodes certificates and runs rules, and that core then takes rules as soon as
/// the signature is verified — rather than a `concurrentPerform` competing with xmlsec's thread
/// for two cores, which slowed the verification that every other result waits for.
final class WorkShare: @unchecked Sendable {
    private let monitor = PThreadMonitor()
    // All below is guarded by the monitor.
    private var iteration: ((Int) -> Void)?
    private var count = 0
    private var next = 0
    private var finished = 0
    private var closed = false

    /// `(0..<count).map(transform)`: the caller and a helper, if one has joined, each take the
    /// next index until none is left. Returns when every index is done, in index order.
    func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let storage = UnsafeMutablePointer<T>.allocate(capacity: count)
        withoutActuallyEscaping(transform) { transform in
            monitor.lock()
            precondition(iteration == nil && !closed, "WorkShare: one loop at a time, before close()")
            iteration = { index in (storage + index).initialize(to: transform(index)) }
            self.count = count
            next = 0
            finished = 0
            monitor.broadcast()
            takeIterations()
            while finished < count { monitor.wait() }
            // Nobody holds the closure any more: the helper drops it before counting its index done.
            iteration = nil
            monitor.unlock()
        }
        let result = Array(UnsafeBufferPointer(start: storage, count: count))
        storage.deinitialize(count: count)
        storage.deallocate()
        return result
    }

    /// For the other lane: takes iterations of the loops the owner opens until it closes.
    func help() {
        monitor.lock()
        while true {
            takeIterations()
            if closed { break }
            monitor.wait()
        }
        monitor.unlock()
    }

    /// The owner has no more loops: a waiting helper returns.
    func close() {
        monitor.lock()
        closed = true
        monitor.broadcast()
        monitor.unlock()
    }

    /// Runs open iterations one by one. Called and returns with the monitor held; releases it while
    /// an iteration runs.
    private func takeIterations() {
        while next < count, iteration != nil {
            let index = next
            next += 1
            var body = iteration
            monitor.unlock()
            body?(index)
            body = nil
            monitor.lock()
            finished += 1
            if finished == count { monitor.broadcast() }
        }
    }
}
