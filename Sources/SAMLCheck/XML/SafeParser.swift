internal import CLibXML2
internal import CSupport

/// Limits and switches for parsing untrusted XML.
public struct ParseLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes. Defaults to 512 MiB.
    public var maximumBytes: Int
    /// Lifts libxml2's per-node limits (10 MB text nodes, depth 256). Off by default: metadata
    /// never needs it, and a huge node is more likely an attack than a logo.
    public var allowHugeNodes: Bool

    /// Inputs of at least this many bytes, in memory or in a regular file, are parsed as two
    /// halves side by side (the result is the same tree). Defaults to 4 MiB: below that, a
    /// second thread saves little.
    public var splitThreshold: Int

    /// The default size limit: 512 MiB.
    public static let defaultMaximumBytes = 512 * 1024 * 1024
    /// The default size from which a document is parsed as two halves: 4 MiB.
    public static let defaultSplitThreshold = 4 * 1024 * 1024

    /// Limits with the defaults unless given.
    public init(maximumBytes: Int = ParseLimits.defaultMaximumBytes, allowHugeNodes: Bool = false,
                splitThreshold: Int = ParseLimits.defaultSplitThreshold) {
        self.maximumBytes = maximumBytes
        self.allowHugeNodes = allowHugeNodes
        self.splitThreshold = splitThreshold
    }
}

/// What parsing produced.
enum ParseOutcome {
    /// A well-formed, namespace-well-formed document without a DOCTYPE.
    case parsed(XMLTree)
    /// A DOCTYPE was met; parsing stopped there, before any declaration was read.
    case doctype(line: Int, isHTML: Bool)
    /// Not well-formed; the diagnostics come from libxml2 (line and message).
    case malformed([XMLDiagnostic])
    /// The input is larger than the limit; parsing stopped there.
    case tooLarge(limit: Int)
    /// Reading the input failed midway.
    case unreadable(String)
}

/// Parses untrusted bytes with libxml2 and nothing that reaches outside them.
///
/// No network (`XML_PARSE_NONET`), no entity substitution, no DTD loading, no XInclude, no
/// decompression (input comes through a read callback, never `xmlReadFile`, which gunzips); a
/// DOCTYPE stops the parser at once. Element lines are the lines their start tags begin on,
/// exact past 65,535 too (see `samlcheck_node_line`).
enum SafeParser {
    static func parse(_ input: ParserInput, limits: ParseLimits) -> ParseOutcome {
        // A large document held in memory or in a regular file is parsed as two halves at once;
        // whenever that does not give a document (malformed, DOCTYPE, anything unusual), the
        // whole is parsed from the start, so what is reported never depends on the split.
        if let source = input.randomAccess, source.count >= limits.splitThreshold, source.count <= limits.maximumBytes,
           let plan = SplitParse.Plan(source), let tree = SplitParse.parse(source, plan: plan, limits: limits) {
            return .parsed(tree)
        }
        return parseDocument(input, limits: limits).outcome
    }

    /// Parses one document; `lastLine` is the line the parser stopped on (the input's line
    /// breaks plus one when it read to the end).
    static func parseDocument(_ input: ParserInput, limits: ParseLimits) -> (outcome: ParseOutcome, lastLine: Int) {
        let collector = DiagnosticCollector()
        var lastLine = 0
        let outcome: ParseOutcome = LibXML.collectingErrors(into: collector) {
            guard let context = xmlNewParserCtxt() else {
                return .malformed([XMLDiagnostic(level: .fatal, line: nil, message: "libxml2 could not allocate a parser.", domain: 1, code: 2)])
            }
            defer { xmlFreeParserCtxt(context) }

            let state = UnsafeMutablePointer<samlcheck_parse_state>.allocate(capacity: 1)
            state.initialize(to: samlcheck_parse_state())
            defer {
                samlcheck_parse_state_release(state)
                state.deallocate()
            }
            samlcheck_install_parser_hooks(context, state)

            var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
                | XML_PARSE_COMPACT.rawValue
            if limits.allowHugeNodes { options |= XML_PARSE_HUGE.rawValue }
            let reader = Unmanaged.passUnretained(input).toOpaque()
            let document = xmlCtxtReadIO(context, readCallback, nil, reader, nil, nil, Int32(options))
            lastLine = Int(context.pointee.input?.pointee.line ?? 0)

            if state.pointee.doctype_seen != 0 {
                if let document { xmlFreeDoc(document) }
                return .doctype(line: Int(state.pointee.doctype_line), isHTML: state.pointee.doctype_is_html != 0)
            }
            if input.exceededLimit {
                if let document { xmlFreeDoc(document) }
                return .tooLarge(limit: input.limit)
            }
            if let error = input.readError {
                if let document { xmlFreeDoc(document) }
                return .unreadable(error)
            }
            if input.total == 0 {
                if let document { xmlFreeDoc(document) }
                return .malformed([XMLDiagnostic(level: .fatal, line: 1, message: "The document is empty (0 bytes).", domain: 1, code: 4)])
            }
            let problems = collector.diagnostics.filter { $0.level != .warning }
            guard let document, context.pointee.wellFormed != 0, context.pointee.nsWellFormed != 0, problems.isEmpty else {
                if let document { xmlFreeDoc(document) }
                return .malformed(problems.isEmpty
                    ? [XMLDiagnostic(level: .fatal, line: nil, message: "The document is not well-formed XML.", domain: 1, code: 3)]
                    : problems)
            }
            // Defence in depth: the SAX hook stops at a DOCTYPE, but never let one through.
            if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
                xmlFreeDoc(document)
                return .doctype(line: 1, isHTML: false)
            }
            let carriageReturns = UnsafeBufferPointer(start: state.pointee.carriage_return_elements,
                                                      count: state.pointee.carriage_return_count).compactMap { $0 }
            return .parsed(XMLTree(adopting: document, carriageReturnElements: carriageReturns))
        }
        return (outcome, lastLine)
    }
}

private let readCallback: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer else { return -1 }
    let input = Unmanaged<ParserInput>.fromOpaque(context).takeUnretainedValue()
    return input.read(into: buffer, capacity: Int(length))
}
