import Dispatch

/// Runs a check's blocking work (parsing, verifying, rules over a large tree: seconds of C calls)
/// on a thread of its own, so that it never holds one of the few threads of Swift's cooperative
/// pool that every other task of the host process shares. The awaiting task's cancellation
/// reaches the work through ``Cancellation``, which the stages poll between them.
enum OffPool {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try Task.checkCancellation()
        let flag = CancellationFlag()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                let body: @Sendable () -> Void = {
                    continuation.resume(with: Result { try Cancellation.$flag.withValue(flag) { try work() } })
                }
                // No thread of our own to be had (resource limits): one of libdispatch's.
                if !LaneThread(body).start(detached: true) { DispatchQueue.global().async(execute: body) }
            }
        } onCancel: {
            flag.raise()
        }
    }
}

/// Whether the task a check runs for was cancelled, wherever the check runs: on the task's own
/// thread, or on a thread of ``OffPool``'s, where `Task.isCancelled` cannot see the task.
enum Cancellation {
    /// The flag of the ``OffPool`` run the current thread works for; nil on a task's own thread.
    @TaskLocal static var flag: CancellationFlag?

    /// Throws `CancellationError` when the check's task was cancelled: a point between stages
    /// where stopping leaves nothing half done.
    static func checkpoint() throws {
        if Task.isCancelled || flag?.isRaised == true { throw CancellationError() }
    }
}
