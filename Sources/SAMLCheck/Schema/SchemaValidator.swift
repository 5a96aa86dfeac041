internal import CLibXML2

/// Validates a parsed tree against the compiled schema set. Reads the tree only; one validation
/// context per call, so several documents can be validated at once.
struct SchemaValidator {
    let schemas: SchemaSet
    /// Errors kept per document: a thoroughly wrong aggregate would otherwise produce one per element.
    static let maximumViolations = 1000

    struct Outcome {
        var violations: [XMLDiagnostic]
        /// Violations beyond the kept ones.
        var dropped: Int
        /// The validation itself failed (libxml2 internal error), as opposed to finding violations.
        var internalError: Bool
    }

    func validate(_ tree: XMLTree) -> Outcome {
        let collector = DiagnosticCollector(limit: Self.maximumViolations)
        let result: Int32 = LibXML.collectingErrors(into: collector) {
            guard let context = xmlSchemaNewValidCtxt(schemas.schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            let sink = Unmanaged.passUnretained(collector).toOpaque()
            xmlSchemaSetValidStructuredErrors(context, schemaErrorHandler, sink)
            return xmlSchemaValidateDoc(context, tree.document)
        }
        let violations = collector.diagnostics.filter { $0.level != .warning }
        return Outcome(violations: violations, dropped: collector.dropped, internalError: result < 0 && violations.isEmpty)
    }
}
