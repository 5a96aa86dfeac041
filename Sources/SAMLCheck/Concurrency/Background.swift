import Dispatch
import Synchronization

/// Work the caller need not wait for.
enum Background {
    /// Drops the last reference to `value` on a background thread, so that its deallocation
    /// (a libxml2 tree, a model of thousands of entities) overlaps with the caller's next step.
    static func release<T>(_ value: consuming T) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.clear() }
    }

    /// Keeps `value` until the process exits, for a program that exits right after its one job:
    /// freeing a tree of millions of nodes is then work on a busy core that the kernel's unmapping
    /// at exit makes pointless. It stays reachable (this list holds it), so it is not a leak.
    static func keepUntilExit<T>(_ value: consuming T) {
        let box = Box(value)
        kept.withLock { $0.append(box) }
    }

    private static let kept = Mutex<[AnyObject]>([])

    private final class Box<T>: @unchecked Sendable {
        private var value: T?
        init(_ value: T) { self.value = value }
        func clear() { value = nil }
    }
}
