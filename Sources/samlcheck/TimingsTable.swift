import SAMLCheck

/// `--timings`: milliseconds per phase and document, on standard error.
enum TimingsTable {
    static func render(_ documents: [DocumentReport], render: PhaseTimings) -> String {
        var out = "phase          ms\n"
        func line(_ name: String, _ seconds: Double) -> String {
            let milliseconds = String(Int((seconds * 1000).rounded()))
            return name.padding(12) + String(repeating: " ", count: max(0, 6 - milliseconds.count)) + milliseconds + "\n"
        }
        var total = 0.0
        for document in documents {
            if documents.count > 1 { out += document.source + "\n" }
            for phase in document.timings.phases {
                out += line(phase.name, phase.seconds)
                total += phase.seconds
            }
        }
        for phase in render.phases {
            out += line(phase.name, phase.seconds)
            total += phase.seconds
        }
        out += line("total", total)
        return out
    }
}
