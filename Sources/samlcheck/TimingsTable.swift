import SAMLCheck

/// `--timings`: milliseconds and resident memory per phase and document, on standard error.
/// Phases that ran side by side are marked with their lane (║ 1, ║ 2).
enum TimingsTable {
    static func render(_ documents: [DocumentReport], render: PhaseTimings) -> String {
        var out = "phase                      ms   RSS MiB\n"
        func line(_ name: String, _ seconds: Double, _ bytes: Int) -> String {
            let milliseconds = String(Int((seconds * 1000).rounded()))
            let memory = bytes > 0 ? String(bytes / (1 << 20)) : "-"
            return name.padding(22) + String(repeating: " ", count: max(0, 7 - milliseconds.count)) + milliseconds
                + String(repeating: " ", count: max(0, 10 - memory.count)) + memory + "\n"
        }
        var total = 0.0
        for document in documents {
            if documents.count > 1 { out += document.source + "\n" }
            for phase in document.timings.phases {
                let label = phase.group.map { _ in "║\(phase.lane + 1) " + phase.name } ?? phase.name
                out += line(label, phase.seconds, phase.residentBytes)
            }
            total += document.timings.total
        }
        for phase in render.phases {
            out += line(phase.name, phase.seconds, phase.residentBytes)
            total += phase.seconds
        }
        out += line("total (wall)", total, 0)
        return out
    }
}
