/// A value behind a pthread mutex.
///
/// Synchronization's `Mutex` would serve, but its futex-based lock lives in the uninstrumented
/// standard library, so ThreadSanitizer cannot see it and reports every access it protects as a
/// race; a pthread mutex keeps `scripts/test-tsan` meaningful.
final class PThreadLocked<Value: Sendable>: @unchecked Sendable {
    private let monitor = PThreadMonitor()
    private var value: Value  // guarded by the monitor

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        monitor.lock()
        defer { monitor.unlock() }
        return try body(&value)
    }
}
