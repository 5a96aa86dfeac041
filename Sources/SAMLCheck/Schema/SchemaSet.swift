internal import CLibXML2
internal import CSupport

/// The compiled metadata schema set: compiled once per process and location, then shared by every
/// validation (libxml2's compiled xmlSchema is read-only during validation; each validation has
/// its own context).
final class SchemaSet: @unchecked Sendable {
    let schema: xmlSchemaPtr
    let location: SchemaLocation

    private init(schema: xmlSchemaPtr, location: SchemaLocation) {
        self.schema = schema
        self.location = location
    }

    // Compiled sets live for the whole process; they are few (one per --schemas directory).
    private static let cache = PThreadLocked<[SchemaLocation: Result<SchemaSet, SchemaUnavailable>]>([:])

    /// The compiled set for a location, compiling it on first use.
    static func load(_ location: SchemaLocation) -> Result<SchemaSet, SchemaUnavailable> {
        cache.withLock { cache in
            if let known = cache[location] { return known }
            let compiled = compile(location, entryURL: "samlcheck:entry-\(cache.count + 1).xsd")
            cache[location] = compiled
            return compiled
        }
    }

    private static func compile(_ location: SchemaLocation, entryURL: String) -> Result<SchemaSet, SchemaUnavailable> {
        LibXML.prepareThread()
        let paths: [String: String]
        switch location.resolve() {
        case .failure(let unavailable): return .failure(unavailable)
        case .success(let resolved): paths = resolved
        }
        // The loader serves only these: the installed files (by directory), the W3C URLs mapped to
        // them, and the two schemas written here. Everything else, network included, is refused.
        for directory in Set(paths.values.map { String($0[..<$0.lastIndex(of: "/")!]) + "/" }) {
            _ = samlcheck_allow_local_directory(directory)
        }
        for (url, file) in EntrySchema.w3cLocations {
            if let path = paths[file] { _ = samlcheck_map_url(url, path) }
        }
        let entry = EntrySchema.entry(paths: paths)
        let stub = EntrySchema.wsFederationStub(metadataPath: paths["saml-schema-metadata-2.0.xsd"]!)
        _ = samlcheck_register_memory_document(entryURL, entry)
        _ = samlcheck_register_memory_document(EntrySchema.wsFederationStubURL, stub)

        let collector = DiagnosticCollector(limit: 20)
        let compiled: xmlSchemaPtr? = LibXML.collectingErrors(into: collector) {
            guard let parser = xmlSchemaNewParserCtxt(entryURL) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            let sink = Unmanaged.passUnretained(collector).toOpaque()
            xmlSchemaSetParserStructuredErrors(parser, schemaErrorHandler, sink)
            return xmlSchemaParse(parser)
        }
        guard let compiled else {
            let errors = collector.diagnostics.filter { $0.level != .warning }.map(\.message)
            return .failure(SchemaUnavailable(reason: "the schema files could not be compiled: \(errors.prefix(3).joined(separator: "; "))"))
        }
        return .success(SchemaSet(schema: compiled, location: location))
    }
}

/// Collects structured schema errors into the DiagnosticCollector passed as user data.
let schemaErrorHandler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue()
    let raw = error.pointee
    let level: XMLDiagnostic.Level = raw.level == XML_ERR_WARNING ? .warning : (raw.level == XML_ERR_FATAL ? .fatal : .error)
    var line: Int? = raw.line > 0 ? Int(raw.line) : nil
    var nodeAddress: UnsafeMutableRawPointer? = nil
    if let node = raw.node?.assumingMemoryBound(to: xmlNode.self) {
        let nodeLine = samlcheck_node_line(node)
        if nodeLine > 0 { line = nodeLine }
        nodeAddress = UnsafeMutableRawPointer(node)
    }
    var diagnostic = XMLDiagnostic(level: level, line: line, message: (raw.message.map { String(cString: $0) } ?? "").trimmingWhitespace(),
                                   domain: Int(raw.domain), code: Int(raw.code))
    diagnostic.node = nodeAddress.map(NodeAddress.init)
    collector.append(diagnostic)
}
