internal import CLibXML2

/// Validates the document against the SAML metadata schemas and the extension schemas, and turns
/// each violation into an MD-SCHEMA-INVALID finding at the element's line, with its entity and path.
struct SchemaStage {
    let options: SchemaOptions
    let reporter: StageReporter

    func run(on document: MetadataDocument) throws(SchemaRequiredError) -> [Finding] {
        if case .other = document.root { return [] }  // MD-ROOT-ELEMENT says what it is instead
        return try run(on: document.tree)
    }

    /// Validates a tree whose document element is already known to be metadata. Only reads the
    /// tree when its xs:ID attributes are registered beforehand (samlcheck_register_ids).
    func run(on tree: XMLTree) throws(SchemaRequiredError) -> [Finding] {
        guard options.enabled else { return [] }
        let schemas: SchemaSet
        switch SchemaSet.load(options.location) {
        case .failure(let unavailable):
            if options.required { throw SchemaRequiredError(reason: unavailable.reason) }
            return [reporter.finding(MDSchemaUnavailable.self, "Schema validation was skipped: \(unavailable.reason).", line: nil,
                                     hint: "Install the schemas (\(SchemaLocation.installCommand)) or point --schemas at a directory holding them.")]
        case .success(let compiled):
            schemas = compiled
        }
        let outcome = SchemaValidator(schemas: schemas).validate(tree)
        var findings = outcome.violations.map { violation -> Finding in
            let node = violation.node.map { $0.raw.assumingMemoryBound(to: xmlNode.self) }
            return reporter.finding(
                MDSchemaInvalid.self, SchemaMessages.plain(violation.message), line: violation.line,
                entityID: node.flatMap(Self.entityID(around:)),
                path: reporter.elementPaths ? node.map(XMLTree.readablePath(of:)) : nil)
        }
        if outcome.dropped > 0 {
            findings.append(reporter.finding(MDSchemaInvalid.self, "\(outcome.dropped) more schema violations are not listed.", line: nil))
        }
        if outcome.internalError {
            findings.append(reporter.finding(MDSchemaUnavailable.self, "libxml2 could not complete schema validation.", line: nil))
        }
        return findings
    }

    /// The entityID of the EntityDescriptor that is or contains `node`.
    static func entityID(around node: xmlNodePtr) -> String? {
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            if strcmpXML(element.pointee.name, "EntityDescriptor"), let href = element.pointee.ns?.pointee.href,
               strcmpXML(href, XMLNamespace.metadata) {
                return element.attribute("entityID")
            }
            current = element.pointee.parent
        }
        return nil
    }
}

/// Schema validation was required (`--require-schema`) but cannot run: the check cannot run (exit 2).
public struct SchemaRequiredError: Error, Sendable, CustomStringConvertible {
    /// Why validation cannot run.
    public let reason: String
    /// One line for the user.
    public var description: String { "schema validation was required (--require-schema) but \(reason)" }
}
