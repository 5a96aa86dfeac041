#if canImport(Glibc)
import Glibc
#endif

/// A thread of our own running one closure: for blocking C work (libxml2, xmlsec, OpenSSL) that
/// must not sit on Swift's cooperative pool or on libdispatch's, whose threads other work shares.
final class LaneThread: @unchecked Sendable {
    private let work: @Sendable () -> Void
    private var thread = pthread_t()

    /// A stack large enough for libxml2 and xmlsec on the deepest tree the parser admits.
    private static let stackBytes = 8 << 20

    init(_ work: @escaping @Sendable () -> Void) { self.work = work }

    /// Starts the thread; false when none can be had (resource limits), and the work did not run.
    /// `detached` threads release themselves when done; the others must be joined.
    func start(detached: Bool = false) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, Self.stackBytes)
        if detached { pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) }
        // The thread holds one reference until its work is done.
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&thread, &attributes, { context in
            let lane = Unmanaged<LaneThread>.fromOpaque(context!).takeRetainedValue()
            lane.work()
            return nil
        }, context)
        if status != 0 {
            Unmanaged<LaneThread>.fromOpaque(context).release()
            return false
        }
        return true
    }

    /// Waits for the thread: everything it wrote happens before `pthread_join` returns.
    func join() {
        pthread_join(thread, nil)
    }
}
