/// The formats a report can be written in, and which renderer writes each.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, github, prometheus, html

    /// The format a file name suggests (`results.sarif`, `report.xml`, `metrics.prom`…), nil when
    /// the extension says nothing.
    public static func inferred(fromPath path: String) -> ReportFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "sarif": return .sarif
        case "json": return name.lowercased().hasSuffix(".sarif.json") ? .sarif : .json
        case "xml": return .junit
        case "prom": return .prometheus
        case "txt", "log": return .text
        case "html", "htm": return .html
        default: return nil
        }
    }

    /// Whether the format shows ``Finding/path`` or a fingerprint made from it; the others need
    /// no paths (``CheckOptions/elementPaths``).
    public var showsElementPaths: Bool { self == .json || self == .sarif }

    /// Hands a report to `sink` in pieces: the text, JSON, SARIF and HTML reports stream (a large one
    /// never exists whole in memory); the other formats are rendered whole and handed over at once.
    public func write(_ report: Report, run: RunDescription, failOn: Severity?, colour: Bool = false, verbose: Bool = false,
                      to sink: (String) -> Void) {
        ChunkedText.stream(to: sink) { write(report, run: run, failOn: failOn, colour: colour, verbose: verbose, into: &$0) }
    }

    /// The same pieces as UTF-8 bytes, for a caller that writes them out as they are (the
    /// command line): nothing is turned into a string only to be turned back into bytes.
    package func write(_ report: Report, run: RunDescription, failOn: Severity?, colour: Bool = false, verbose: Bool = false,
                       bytesTo sink: (UnsafeRawBufferPointer) -> Void) {
        ChunkedText.stream(bytesTo: sink) { write(report, run: run, failOn: failOn, colour: colour, verbose: verbose, into: &$0) }
    }

    private func write(_ report: Report, run: RunDescription, failOn: Severity?, colour: Bool, verbose: Bool, into out: inout ChunkedText) {
        switch self {
        case .text: TextRenderer(colour: colour, verbose: verbose).write(report, run: run, into: &out)
        case .json: JSONRenderer.write(report, run: run, into: &out)
        case .sarif: SARIFRenderer.write(report, run: run, into: &out)
        case .html: HTMLRenderer.write(report, run: run, into: &out)
        default: out += render(report, run: run, failOn: failOn, colour: colour, verbose: verbose)
        }
    }

    /// Renders a report. `failOn` decides which findings fail JUnit testcases; `colour` and
    /// `verbose` (every finding on its own line) apply to text.
    public func render(_ report: Report, run: RunDescription, failOn: Severity?, colour: Bool = false, verbose: Bool = false) -> String {
        switch self {
        case .text: return TextRenderer(colour: colour, verbose: verbose).render(report, run: run)
        case .json: return JSONRenderer.render(report, run: run)
        case .sarif: return SARIFRenderer.render(report, run: run)
        case .junit: return JUnitRenderer.render(report, run: run, failOn: failOn)
        case .github: return GitHubRenderer.render(report, run: run)
        case .prometheus: return PrometheusRenderer.render(report, run: run)
        case .html: return HTMLRenderer.render(report, run: run)
        }
    }
}
