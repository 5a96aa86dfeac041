internal import CLibXML2
internal import CSupport

/// Process-wide libxml2 set-up and per-call error capture.
///
/// libxml2's structured error handler is per thread, its generic (variadic) error printer and its
/// external entity loader are process-wide. The once-only set-up silences the printer and installs
/// a loader that refuses everything outside explicitly allowed local directories; each parse or
/// validation then routes errors of its own thread into a ``DiagnosticCollector``.
enum LibXML {
    private static let globalSetUp: Void = {
        samlcheck_libxml_global_init()
    }()

    /// Runs the once-only initialisation and makes sure the calling thread prints nothing.
    static func prepareThread() {
        _ = globalSetUp
        samlcheck_libxml_global_init()
    }

    /// Runs `body` with libxml2's structured errors of this thread sent to `collector`.
    static func collectingErrors<T>(into collector: DiagnosticCollector, _ body: () throws -> T) rethrows -> T {
        prepareThread()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context, structuredErrorHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }
}

/// A libxml2 diagnostic, copied out of the C error structure.
struct XMLDiagnostic: Sendable, Hashable {
    enum Level: Int, Sendable { case warning = 1, error = 2, fatal = 3 }
    var level: Level
    var line: Int?
    var message: String
    var domain: Int
    var code: Int
    /// The element the error is about (schema validation errors carry one).
    var node: NodeAddress? = nil

    init(level: Level, line: Int?, message: String, domain: Int, code: Int) {
        self.level = level
        self.line = line
        self.message = message
        self.domain = domain
        self.code = code
    }
}

/// The address of a node of a tree that outlives the diagnostic (only read while it does).
struct NodeAddress: @unchecked Sendable, Hashable {
    let raw: UnsafeMutableRawPointer
    init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }
}

/// Collects the diagnostics libxml2 reports on one thread during one call.
final class DiagnosticCollector {
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Bounds memory when a hostile document produces an error per byte.
    let limit: Int
    private(set) var dropped = 0

    init(limit: Int = 1000) { self.limit = limit }

    func append(_ diagnostic: XMLDiagnostic) {
        // libxml2 can raise the same error twice on its way out of a failed start tag.
        if diagnostics.last == diagnostic { return }
        if diagnostics.count < limit { diagnostics.append(diagnostic) } else { dropped += 1 }
    }
}

private let structuredErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
    let raw = error.pointee
    let level: XMLDiagnostic.Level
    switch raw.level {
    case XML_ERR_WARNING: level = .warning
    case XML_ERR_FATAL: level = .fatal
    default: level = .error
    }
    var line: Int? = raw.line > 0 ? Int(raw.line) : nil
    if let node = raw.node?.assumingMemoryBound(to: xmlNode.self) {
        let nodeLine = samlcheck_node_line(node)
        if nodeLine > 0 { line = nodeLine }
    }
    let message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    collector.append(XMLDiagnostic(
        level: level,
        line: line,
        // Messages are one line: libxml2 puts line breaks inside some ("encoding !\nBytes: …").
        message: message.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " "),
        domain: Int(raw.domain),
        code: Int(raw.code)
    ))
}

/// Counters tests read to prove that hostile input reached nothing outside the document.
enum SAMLCheckDiagnostics {
    /// How many external loads (entities, DTDs, schema imports) the loader has refused so far.
    static var refusedEntityLoads: UInt { UInt(samlcheck_refused_entity_loads()) }
}
