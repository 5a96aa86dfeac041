#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time per pipeline phase, in order, with the resident memory after each, so the
/// next bottleneck is visible (`samlcheck check --timings`). Phases that ran side by side on two
/// cores carry the same `lane` group name.
public struct PhaseTimings: Sendable, Hashable, Codable {
    /// One measured phase.
    public struct Phase: Sendable, Hashable, Codable {
        /// The phase's name (`parse`, `signature`…).
        public let name: String
        /// Its wall-clock duration.
        public let seconds: Double
        /// Resident set size in bytes when the phase ended (0 when unknown).
        public let residentBytes: Int
        /// Phases with the same group ran concurrently, each on its lane (phases of one lane ran
        /// one after the other); nil for phases that ran alone.
        public let group: String?
        /// The lane it ran on within its group.
        public let lane: Int
    }

    /// The phases in the order they were recorded.
    public private(set) var phases: [Phase] = []

    /// No phases yet.
    public init() {}

    /// Records a phase measured elsewhere (on another thread), optionally in a concurrent group.
    public mutating func record(_ name: String, seconds: Double, group: String? = nil, lane: Int = 0) {
        phases.append(Phase(name: name, seconds: seconds, residentBytes: Self.residentBytes(), group: group, lane: lane))
    }

    /// Runs `body` and records its duration under `name`.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        phases.append(Phase(name: name, seconds: seconds, residentBytes: Self.residentBytes(), group: nil, lane: 0))
        return result
    }

    /// Wall time: a concurrent group counts as its longest lane.
    public var total: Double {
        var sum = 0.0
        var lanes: [String: [Int: Double]] = [:]
        for phase in phases {
            if let group = phase.group { lanes[group, default: [:]][phase.lane, default: 0] += phase.seconds } else { sum += phase.seconds }
        }
        return sum + lanes.values.map { $0.values.max() ?? 0 }.reduce(0, +)
    }

    /// The process's resident memory now, from /proc/self/statm.
    static func residentBytes() -> Int {
        let descriptor = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return 0 }
        let fields = String(decoding: buffer.prefix(count), as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
