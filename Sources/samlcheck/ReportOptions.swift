import ArgumentParser
import SAMLCheck
#if canImport(Glibc)
import Glibc
#endif

/// Where reports go and what fails the run, shared by the commands that report findings.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("format"), parsing: .singleValue,
            help: "Output format: text, json, sarif, junit, github, prometheus or html. Repeat with one --output each to write several.")
    var formats: [ReportFormat] = []

    @Option(name: .customLong("output"), parsing: .singleValue,
            help: ArgumentHelp("Write the report to FILE (- for standard output); the terminal still gets a summary. Pairs with the --format at the same position, or the format follows the extension (.sarif, .json, .xml, .prom, .txt, .html).", valueName: "file"))
    var outputs: [String] = []

    @Option(help: ArgumentHelp("Suppress findings recorded in this baseline file; only new ones are reported and can fail the run.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record every current finding in FILE as the accepted baseline, and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Flag(name: .customLong("no-color"), help: "Never colour the text output.")
    var noColour = false

    @Flag(name: [.short, .customLong("verbose")],
          help: "List every finding in the text report; without it, a rule that fires more than three times in one entity is one line with the count and the lines.")
    var verbose = false

    func validate() throws {
        _ = try destinations()
    }

    /// Whether any report written, or a baseline read or written, uses element paths: when none
    /// does, the check need not build one for every finding.
    var needsElementPaths: Bool {
        if baseline != nil || writeBaseline != nil { return true }
        guard let destinations = try? destinations() else { return true }
        return destinations.contains { $0.format.showsElementPaths }
    }

    /// Where each report goes: (format, file) pairs; a nil file is standard output.
    func destinations() throws -> [(format: ReportFormat, file: String?)] {
        if outputs.isEmpty {
            guard formats.count <= 1 else { throw ValidationError("several --format options need one --output each") }
            return [(formats.first ?? .text, nil)]
        }
        if formats.isEmpty {
            return try outputs.map { file in
                guard let format = ReportFormat.inferred(fromPath: file) else {
                    throw ValidationError("cannot tell the format of --output \(file) from its name; add --format")
                }
                return (format, file == "-" ? nil : file)
            }
        }
        guard formats.count == outputs.count else {
            throw ValidationError("give one --format per --output (\(formats.count) formats, \(outputs.count) outputs)")
        }
        if outputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("only one --output can be standard output (-)") }
        return zip(formats, outputs).map { ($0, $1 == "-" ? nil : $1) }
    }

    /// Writes the baseline if asked, applies one if given, renders every report, prints the
    /// summary when all reports went to files, runs `afterwards`, and ends the run with exit
    /// code 1 when findings at or above --fail-on remain.
    func emit(_ report: Report, run: RunDescription, afterwards: (PhaseTimings) -> Void = { _ in }) throws {
        var renderTime = PhaseTimings()
        var report = report
        if let writeBaseline {
            let recorded = Baseline(report: report)
            try OutputFile.write(recorded.encoded(), to: writeBaseline)
            Terminal.error("wrote \(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") to the baseline \(writeBaseline)")
        }
        if let baseline {
            if access(baseline, F_OK) != 0, errno == ENOENT {
                // A first run (a CI job's first, say): nothing is accepted yet.
                Terminal.error("notice: the baseline \(baseline) does not exist yet, so nothing is suppressed; create it with --write-baseline \(baseline)")
            } else {
                do {
                    report = try Baseline.load(baseline).apply(to: report)
                } catch {
                    throw CommandFailure(message: error.description)
                }
            }
        }
        let targets = try destinations()
        for target in targets {
            let colour = target.file == nil && !noColour && Terminal.stdoutWantsColour
            if let file = target.file {
                // Streamed into the file as it is rendered ("render" includes writing it).
                try renderTime.measure("render") {
                    try OutputFile.write(to: file) { sink in
                        target.format.write(report, run: run, failOn: failOn.severity, colour: colour, verbose: verbose, bytesTo: sink)
                    }
                }
            } else {
                // Standard output gets the report as it is rendered ("render" includes writing it).
                renderTime.measure("render") {
                    target.format.write(report, run: run, failOn: failOn.severity, colour: colour, verbose: verbose, bytesTo: Terminal.write(bytes:))
                }
            }
        }
        // In GitHub Actions the annotations come with a job summary: a Markdown table on the
        // run's page. A summary that cannot be written costs the run nothing but a notice.
        if targets.contains(where: { $0.format == .github }), let summary = getenv("GITHUB_STEP_SUMMARY").map({ String(cString: $0) }), !summary.isEmpty {
            do {
                try OutputFile.append("\n" + GitHubStepSummary.render(report, run: run), to: summary)
            } catch let failure as CommandFailure {
                Terminal.error("notice: no job summary: \(failure.message)")
            }
        }
        if !targets.contains(where: { $0.file == nil }) {
            Terminal.write(TextRenderer(colour: !noColour && Terminal.stdoutWantsColour).renderSummary(report, run: run))
        }
        afterwards(renderTime)
        // An input that could not be read means the run did not check everything: exit 2 once
        // the others are reported (and the baseline, if asked, written).
        if report.isIncomplete { throw ExitCode(ExitStatus.couldNotRun) }
        // Writing a baseline accepts today's findings: only a run that could not check fails it.
        if writeBaseline != nil { return }
        let status = report.exitCode(failingAt: failOn.severity)
        if status != ExitStatus.clean { throw ExitCode(status) }
    }
}
