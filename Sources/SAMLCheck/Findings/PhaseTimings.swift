/// Wall-clock time per pipeline phase, in order, so the next bottleneck is visible
/// (`samlcheck check --timings`).
public struct PhaseTimings: Sendable, Hashable, Codable {
    public struct Phase: Sendable, Hashable, Codable {
        public let name: String
        public let seconds: Double
    }

    public private(set) var phases: [Phase] = []

    public init() {}

    /// Runs `body` and records its duration under `name`.
    /// Records a phase measured elsewhere (on another thread).
    public mutating func record(_ name: String, seconds: Double) {
        phases.append(Phase(name: name, seconds: seconds))
    }

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        phases.append(Phase(name: name, seconds: seconds))
        return result
    }

    public var total: Double { phases.reduce(0) { $0 + $1.seconds } }
}
