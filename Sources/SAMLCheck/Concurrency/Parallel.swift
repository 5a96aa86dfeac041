import Dispatch

/// Data-parallel loops over all cores for the CPU-bound stages (certificate decoding, per-entity
/// rules). Each index is computed exactly once and written to its own slot, so the result is the
/// same as a sequential loop, in the same order.
enum Parallel {
    /// `(0..<count).map(transform)`, computed in chunks on all cores, or, given a ``WorkShare``,
    /// on the calling thread and whichever lane joins it.
    static func map<T>(_ count: Int, chunkSize: Int = 64, share: WorkShare? = nil, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let chunks = (count + chunkSize - 1) / chunkSize
        if chunks == 1 { return (0..<count).map(transform) }
        if let share {
            return share.map(chunks) { part in
                (part * chunkSize..<min(count, (part + 1) * chunkSize)).map(transform)
            }.flatMap { $0 }
        }
        let storage = UnsafeMutablePointer<T>.allocate(capacity: count)
        let slots = DisjointSlots(base: storage)
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            let start = part * chunkSize
            for index in start..<min(start + chunkSize, count) {
                (slots.base + index).initialize(to: transform(index))
            }
        }
        let result = Array(UnsafeBufferPointer(start: storage, count: count))
        storage.deinitialize(count: count)
        storage.deallocate()
        return result
    }

    /// Storage where concurrent iterations each initialise their own, distinct elements.
    private struct DisjointSlots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
    }
}
