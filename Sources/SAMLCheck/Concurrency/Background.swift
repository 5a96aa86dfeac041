import Dispatch

/// Work the caller need not wait for.
enum Background {
    /// Drops the last reference to `value` on a background thread, so that its deallocation
    /// (a libxml2 tree, a model of thousands of entities) overlaps with the caller's next step.
    static func release<T>(_ value: consuming T) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.clear() }
    }

    private final class Box<T>: @unchecked Sendable {
        private var value: T?
        init(_ value: T) { self.value = value }
        func clear() { value = nil }
    }
}
