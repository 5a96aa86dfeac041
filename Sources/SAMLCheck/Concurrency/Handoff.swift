/// One value handed from one lane to the other: ``take()`` waits until ``put(_:)`` has run.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    private let monitor = PThreadMonitor()
    private var value: Value?  // guarded by the monitor

    func put(_ newValue: Value) {
        monitor.lock()
        value = newValue
        monitor.broadcast()
        monitor.unlock()
    }

    func take() -> Value {
        monitor.lock()
        defer { monitor.unlock() }
        while value == nil { monitor.wait() }
        return value!
    }
}
