#if canImport(Glibc)
import Glibc
#endif

/// A value behind a pthread mutex.
///
/// Synchronization's `Mutex` would serve, but its futex-based lock lives in the uninstrumented
/// standard library, so ThreadSanitizer cannot see it and reports every access it protects as a
/// race; a pthread mutex keeps `scripts/test-tsan` meaningful.
final class PThreadLocked<Value: Sendable>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    init(_ value: Value) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        self.value = value
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
