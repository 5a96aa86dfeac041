#if canImport(Glibc)
import Glibc
#endif
internal import CFetch

/// The pipeline: bytes → safe parse → model → checks → findings → report.
///
/// A `Checker` holds only options; it can check many documents, concurrently if the caller likes.
/// It never prints and never exits: everything it finds is in the returned ``DocumentReport``.
public struct Checker: Sendable {
    /// The options every check of this checker runs with.
    public let options: CheckOptions

    /// A checker for `options`. It holds no state between checks, so one checker may run any number
    /// of checks, concurrently.
    public init(options: CheckOptions) {
        self.options = options
    }

    /// Reads a document for `samlcheck diff`: parsed, modelled, its certificates decoded and its
    /// signature verified, without schema validation or rules (a diff of two aggregates costs
    /// less than checking one). Files and standard input are streamed; URLs fetched.
    public func snapshot(_ input: MetadataInput) async throws -> MetadataSnapshot {
        try await CheckFailure.converting {
            try Task.checkCancellation()
            switch input {
            case .file, .standardInput:
                return try await OffPool.run { [self] in
                    try withParserInput(input) { parserInput, source in try snapshot(parserInput, source: source) }
                }
            case .url, .metadataQuery:
                let url = input.displayName
                let fetched = try await fetch(url)
                return try await OffPool.run { [self] in try snapshot(bytes: fetched.body, source: url) }
            }
        }
    }

    /// The same for a document in memory.
    public func snapshot(bytes: [UInt8], source: String) throws -> MetadataSnapshot {
        try CheckFailure.converting {
            try bytes.withUnsafeBytes { buffer in
                try snapshot(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: source)
            }
        }
    }

    private func snapshot(_ input: ParserInput, source: String) throws -> MetadataSnapshot {
        try snapshot(of: metadataTree(input, source: source), source: source)
    }

    /// Parses a document for a snapshot; one that is not XML, or not metadata, cannot be compared.
    func metadataTree(_ input: ParserInput, source: String) throws -> XMLTree {
        var timings = PhaseTimings()
        switch try parse(input, source: source, timings: &timings) {
        case .failure(let failure):
            throw CheckFailure.unreadable(source: source, reason: failure.findings.first.map { "\($0.rule): \($0.message)" } ?? "not XML")
        case .success(let tree):
            guard Self.isMetadataRoot(tree) else { throw CheckFailure.notMetadata(source: source, root: tree.rootElement?.localName ?? "") }
            return tree
        }
    }

    /// The snapshot of a parsed metadata document: its signature verdict, then its entities.
    func snapshot(of tree: XMLTree, source: String) throws -> MetadataSnapshot {
        let analysis = try snapshotAnalysis(of: tree, source: source)
        try Cancellation.checkpoint()
        return snapshot(analysis, entities: MetadataSnapshot.entities(in: tree), source: source)
    }

    /// What a snapshot needs besides its entities: the document's own parts modelled (an
    /// aggregate's entities are read a batch at a time by ``MetadataSnapshot/entities(in:except:)``
    /// instead) and its signature verified; no schema, no rules.
    func snapshotAnalysis(of tree: XMLTree, source: String) throws -> Analysis {
        var reading = options
        reading.schema.enabled = false
        reading.elementPaths = false
        // With an entity filter, the model must hold the entities to say whether it is there.
        return try Checker(options: reading).analyse(tree, source: source, facts: StageFacts(), timings: PhaseTimings(), runRules: false,
                                                     decodesCertificates: false, skippingEntities: options.entityFilter == nil)
    }

    /// The snapshot made of the two; the analysis is released (``CheckOptions/release``).
    func snapshot(_ analysis: consuming Analysis, entities: [EntitySnapshot], source: String) -> MetadataSnapshot {
        let snapshot = MetadataSnapshot(source: source, document: analysis.document, facts: analysis.facts, entities: entities)
        options.release.release(analysis)
        return snapshot
    }

    /// Fetches for a check. A cancelled task aborts the transfer (within a second, whatever the
    /// server does) and ends in `CancellationError`, as Swift callers expect.
    func fetch(_ url: String) async throws -> (body: [UInt8], record: FetchRecord, response: HTTPResponse) {
        do {
            let fetched = try await MetadataFetcher(options: options.fetch).fetch(url)
            try Task.checkCancellation()
            return fetched
        } catch let error as FetchError where error.kind == .cancelled {
            throw CancellationError()
        }
    }

    /// Reads and checks a document. Files and standard input are streamed into the parser, never
    /// held whole in memory. A cancelled task ends in `CancellationError`: a fetch is aborted, and
    /// a document is not read once the task is cancelled.
    public func check(_ input: MetadataInput) async throws -> DocumentReport {
        try await CheckFailure.converting {
            try Task.checkCancellation()
            switch input {
            case .file, .standardInput:
                return try await OffPool.run { [self] in
                    try withParserInput(input) { parserInput, source in try check(parserInput, source: source, facts: StageFacts()) }
                }
            case .url(let url):
                if let refresh = options.refresh { return try await checkRefreshing(url, with: refresh) }
                let fetched = try await fetch(url)
                let facts = StageFacts(origin: DocumentOrigin(url: fetched.response.finalURL, lastModified: fetched.response.lastModified))
                var report = try await OffPool.run { [self] in try check(bytes: fetched.body, source: url, facts: facts) }
                report.fetch = fetched.record
                return report
            case .metadataQuery(let base, let entityID, let sha1):
                let url = MetadataQuery.url(base: base, entityID: entityID, sha1: sha1)
                let fetched = try await fetch(url)
                // Check the whole answer (no entity filter) and refuse it unless it is exactly the entity asked for.
                var unfilteredOptions = options
                unfilteredOptions.entityFilter = nil
                let unfiltered = unfilteredOptions
                let facts = StageFacts(isMetadataQueryResponse: true,
                                       origin: DocumentOrigin(url: fetched.response.finalURL, lastModified: fetched.response.lastModified))
                var report = try await OffPool.run { try Checker(options: unfiltered).check(bytes: fetched.body, source: url, facts: facts) }
                guard report.root == "EntityDescriptor", report.entityIDs == [entityID] else {
                    throw MetadataQueryMismatch(url: url, requested: entityID, answered: report.entityIDs, root: report.root)
                }
                report.fetch = fetched.record
                return report
            }
        }
    }

    /// Checks a document already in memory, on a thread of its own (the caller's task waits
    /// without holding a thread of the cooperative pool). A cancelled task ends in
    /// `CancellationError` at the next stage.
    public func check(bytes: [UInt8], source: String) async throws -> DocumentReport {
        try await CheckFailure.converting {
            try await OffPool.run { [self] in try check(bytes: bytes, source: source, facts: StageFacts()) }
        }
    }

    /// Checks a document already in memory on the caller's thread, with what other stages
    /// established (``StageFacts``): the building block of the asynchronous entry points.
    package func check(bytes: [UInt8], source: String, facts: StageFacts = StageFacts()) throws -> DocumentReport {
        try CheckFailure.converting {
            try bytes.withUnsafeBytes { buffer in
                try check(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: source, facts: facts)
            }
        }
    }

    /// Reads a document and lists its certificates, with their keys, dates and rollover state.
    /// Besides metadata it reads a PEM file (one certificate or a bundle), a DER certificate, and
    /// any XML holding ds:X509Certificate elements (a SAML Response); gzip is decompressed.
    public func certificates(_ input: MetadataInput) async throws -> CertificateInventory {
        try await CheckFailure.converting {
            let limit = options.parseLimits.maximumBytes
            let bytes: [UInt8]
            switch input {
            case .url, .metadataQuery:
                bytes = try await fetch(input.displayName).body
            case .file(let path):
                bytes = try InputReader.readAll(path, maximumBytes: limit)
            case .standardInput:
                bytes = try InputReader.readAll(descriptor: STDIN_FILENO, source: "-", maximumBytes: limit)
            }
            return try inventory(bytes, source: input.displayName)
        }
    }

    private func inventory(_ bytes: [UInt8], source: String, decompressed: Bool = false) throws -> CertificateInventory {
        switch NonXMLInput.recognise(Array(bytes.prefix(ParserInput.headSize))) {
        case .pem?:
            let blocks = PEMCertificates.read(bytes)
            guard !blocks.isEmpty else { throw InputError(source: source, reason: "it is a PEM file without a CERTIFICATE block") }
            return CertificateInventory(source: source, loose: blocks.map { block in
                CertificateInventory.LooseCertificate(result: block.result.map(\.info), line: block.line, use: "certificate")
            }, now: options.rules.now)
        case .gzip? where !decompressed:
            var output: UnsafeMutablePointer<UInt8>?
            var length = 0
            let status = bytes.withUnsafeBufferPointer { samlcheck_gunzip($0.baseAddress, $0.count, &output, &length, options.parseLimits.maximumBytes) }
            defer { samlcheck_free(output) }
            guard status == 0 else { throw InputError(source: source, reason: "it looks gzip-compressed but does not decompress within the size limit") }
            return try inventory(Array(UnsafeBufferPointer(start: output, count: length)), source: source, decompressed: true)
        case let kind?:
            throw InputError(source: source, reason: kind.refusal)
        case nil:
            break
        }
        // A DER certificate: binary, a SEQUENCE, and it decodes.
        if bytes.first == 0x30, case .success(let info) = CertificateDecoder.decode(der: bytes) {
            return CertificateInventory(source: source, loose: [.init(result: .success(info), line: 1, use: "certificate")], now: options.rules.now)
        }
        return try bytes.withUnsafeBytes { buffer in
            switch try analyse(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: source, facts: StageFacts(), runRules: false) {
            case .refused(let findings, _):
                return CertificateInventory(source: source, refusal: findings)
            case .analysed(let analysis):
                if case .other = analysis.document.root {
                    return CertificateInventory(source: source, loose: LooseCertificates.collect(in: analysis.document.tree), now: options.rules.now)
                }
                return CertificateInventory(source: source, document: analysis.document, facts: analysis.facts,
                                            now: options.rules.now, entityFilter: options.entityFilter)
            }
        }
    }

    func withParserInput<T>(_ input: MetadataInput, _ body: (ParserInput, String) throws -> T) throws -> T {
        let limit = options.parseLimits.maximumBytes
        switch input {
        case .file(let path):
            let descriptor = try InputReader.open(path, maximumBytes: limit)
            defer { close(descriptor) }
            return try body(ParserInput(descriptor: descriptor, limit: limit), path)
        case .standardInput:
            return try body(ParserInput(descriptor: STDIN_FILENO, limit: limit), "-")
        case .url, .metadataQuery:
            preconditionFailure("fetched inputs are read into memory by the caller")
        }
    }

    private func check(_ input: ParserInput, source: String, facts: StageFacts) throws -> DocumentReport {
        switch try analyse(input, source: source, facts: facts) {
        case .refused(let findings, let timings):
            var report = refusedReport(findings, source: source)
            report.timings = timings
            return report
        case .analysed(let analysis):
            try Cancellation.checkpoint()
            let report = self.report(of: analysis, source: source)
            // Freeing the tree and the model of a large document takes a noticeable part of a
            // second: another thread does it while the caller goes on to render, or nobody.
            options.release.release(analysis)
            return report
        }
    }

    /// A document checked, with its model and what the stages established, for the modes that
    /// look at more than one document (`pair`).
    struct KeptAnalysis: Sendable {
        let report: DocumentReport
        let document: MetadataDocument
        let facts: StageFacts
    }

    /// Reads and checks a document and keeps its model; nil model when the document was refused
    /// (its report says why). URLs are fetched (the report has the fetch record).
    func checkKeepingModel(_ input: MetadataInput) async throws -> (report: DocumentReport, kept: KeptAnalysis?) {
        switch input {
        case .file, .standardInput:
            return try withParserInput(input) { parserInput, source in try checkKeepingModel(parserInput, source: source, facts: StageFacts()) }
        case .url(let url):
            let fetched = try await fetch(url)
            let facts = StageFacts(origin: DocumentOrigin(url: fetched.response.finalURL, lastModified: fetched.response.lastModified))
            var result = try fetched.body.withUnsafeBytes { buffer in
                try checkKeepingModel(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: url, facts: facts)
            }
            result.report.fetch = fetched.record
            return result
        case .metadataQuery:
            var result = try await checkKeepingModel(.url(input.displayName))
            result.report.fetch?.url = input.displayName
            return result
        }
    }

    /// Checks a document in memory and keeps its model.
    func checkKeepingModel(bytes: [UInt8], source: String) throws -> (report: DocumentReport, kept: KeptAnalysis?) {
        try bytes.withUnsafeBytes { buffer in
            try checkKeepingModel(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: source, facts: StageFacts())
        }
    }

    private func checkKeepingModel(_ input: ParserInput, source: String, facts: StageFacts) throws -> (report: DocumentReport, kept: KeptAnalysis?) {
        switch try analyse(input, source: source, facts: facts) {
        case .refused(let findings, let timings):
            var report = refusedReport(findings, source: source)
            report.timings = timings
            return (report, nil)
        case .analysed(let analysis):
            let report = self.report(of: analysis, source: source)
            return (report, KeptAnalysis(report: report, document: analysis.document, facts: analysis.facts))
        }
    }

    private func refusedReport(_ findings: [Finding], source: String) -> DocumentReport {
        let why = findings.first.map { " (\($0.rule))" } ?? ""
        let signature = SignatureSummary(status: .notChecked, reason: "The document could not be read as XML\(why), so its signature was not checked.")
        return DocumentReport(source: source, root: nil, entityCount: 0, signature: signature, findings: findings)
    }

    private func report(of analysis: Analysis, source: String) -> DocumentReport {
        var findings = SupersededFindings.drop(from: analysis.stageFindings + analysis.ruleFindings)
        if let entityID = options.entityFilter {
            findings.removeAll { $0.entityID != nil && $0.entityID != entityID }
        }
        let entityCount = options.entityFilter == nil ? analysis.document.entities.count : 1
        var report = DocumentReport(source: source, root: analysis.document.rootName, entityCount: entityCount,
                                    signature: analysis.facts.signature, findings: findings)
        report.timings = analysis.timings
        report.entityIDs = analysis.document.entities.filter { options.entityFilter == nil || $0.entityID == options.entityFilter }.map(\.displayID)
        report.validUntil = analysis.document.rootValidUntil?.date
        report.cacheDuration = analysis.document.rootCacheDuration?.seconds
        report.identities = DocumentIdentities(document: analysis.document, certificates: analysis.facts.certificates)
        if let entityID = options.entityFilter {
            report.identities.entities.removeAll { $0.entityID != entityID }
            report.identities.signingKeys.removeAll { $0.entityID != entityID }
        }
        report.certificates = analysis.facts.certificates.entries.compactMap { entry in
            guard let info = entry.info, let notAfter = info.notAfter,
                  options.entityFilter == nil || entry.entityID == options.entityFilter else { return nil }
            return CertificateExpiry(entityID: entry.entityID, role: entry.role?.elementName, use: entry.useDescription,
                                     fingerprint: info.fingerprint.description, notBefore: info.notBefore, notAfter: notAfter)
        }
        return report
    }

    /// A parsed and modelled document with what the stages before the rules established.
    struct Analysis {
        var document: MetadataDocument
        var facts: StageFacts
        var stageFindings: [Finding]
        var ruleFindings: [Finding]
        var timings: PhaseTimings
    }

    private enum Outcome {
        case refused([Finding], PhaseTimings)
        case analysed(Analysis)
    }

    /// Parse, model, certificates, signature: everything up to the rules.
    /// Without `runRules` it stops after the certificates; without `decodesCertificates` (a diff
    /// reads only the certificates it reports) also before them.
    private func analyse(_ input: ParserInput, source: String, facts: StageFacts, runRules: Bool = true,
                         decodesCertificates: Bool = true) throws -> Outcome {
        var timings = PhaseTimings()
        switch try parse(input, source: source, timings: &timings) {
        case .failure(let failure): return .refused(failure.findings, timings)
        case .success(let tree):
            return .analysed(try analyse(tree, source: source, facts: facts, timings: timings, runRules: runRules,
                                         decodesCertificates: decodesCertificates))
        }
    }

    /// Parses, timed, for ``analyse(_:source:facts:runRules:decodesCertificates:)``.
    private func parse(_ input: ParserInput, source: String, timings: inout PhaseTimings) throws -> Result<XMLTree, LoadFailure> {
        let parseStart = ContinuousClock.now
        let parsed: Result<XMLTree, LoadFailure>
        do {
            parsed = try parse(input, source: source)
        } catch {
            // A parse the cancellation cut short fails for that reason, not the document's.
            try Cancellation.checkpoint()
            throw error
        }
        let inHalves = (try? parsed.get())?.isGrafted ?? false
        timings.record(inHalves ? "parse (2 halves)" : "parse", seconds: (ContinuousClock.now - parseStart).seconds)
        // Between stages, a cancelled task stops (a cancelled parse ends early, and its
        // failure is the cancellation's, not the document's).
        try Cancellation.checkpoint()
        return parsed
    }

    /// Everything after the parse, up to the rules (see ``analyse(_:source:facts:runRules:decodesCertificates:)``);
    /// with `skippingEntities`, an aggregate's entities are not modelled (a snapshot reads them
    /// one batch at a time; the signature verdict needs only the document's own parts).
    func analyse(_ tree: XMLTree, source: String, facts: StageFacts, timings: PhaseTimings, runRules: Bool = true,
                 decodesCertificates: Bool = true, skippingEntities: Bool = false) throws -> Analysis {
        var timings = timings
        var facts = facts
        let reporter = StageReporter(settings: options.rules, facts: facts, elementPaths: options.elementPaths)
        let validatesSchema = options.schema.enabled && Self.isMetadataRoot(tree)
        // The lanes run on threads of their own, where the task's cancellation is this flag: they
        // look at it between their steps and between chunks of entities, and stop.
        let cancellation = Cancellation.flag
        let stopRequested: @Sendable () -> Bool = { cancellation?.isRaised == true }
        var engine = RuleEngine(settings: options.rules, entityFilter: options.entityFilter, elementPaths: options.elementPaths)
        engine.stopRequested = stopRequested
        let entityFilter = options.entityFilter
        let holdsFilteredEntity: @Sendable (MetadataDocument) -> Bool = { document in
            entityFilter.map { id in document.entities.contains { $0.entityID == id } } ?? true
        }
        // Two lanes over the same tree (see ModelLane and FindingsLane for what each does, and
        // LaneLinks for how they wait for each other); the rules that need the signature verdict
        // run after both.
        let links = LaneLinks(holdsEntity: holdsFilteredEntity, stopRequested: stopRequested)
        let modelLane = ModelLane(tree: tree, signatureStage: SignatureStage(policy: options.signature, reporter: reporter), links: links,
                                  skippingEntities: skippingEntities)
        let findingsLane = FindingsLane(tree: tree, schemaStage: validatesSchema ? SchemaStage(options: options.schema, reporter: reporter) : nil,
                                        engine: engine, facts: facts, decodesCertificates: decodesCertificates, runsRules: runRules,
                                        links: links)
        let (modelResult, findingsResult) = ConcurrentPair.run({ modelLane.run() }, { findingsLane.run() })
        try Cancellation.checkpoint()
        let document = modelResult.document
        let group = "side by side"
        timings.record("model", seconds: modelResult.modelSeconds, group: group, lane: 0)
        timings.record("signature", seconds: modelResult.signatureSeconds, group: group, lane: 0)
        for (name, seconds) in findingsResult.phases { timings.record(name, seconds: seconds, group: group, lane: 1) }
        let schemaFindings = try findingsResult.schema.get()
        if let entityID = options.entityFilter, !holdsFilteredEntity(document) {
            throw CheckFailure.entityNotFound(entityID: entityID, source: source)
        }
        guard let signed = modelResult.signature else { preconditionFailure("the signature is verified whenever the entity is found") }
        try Cancellation.checkpoint()
        facts.certificates = findingsResult.certificates
        facts.signature = signed.summary
        facts.signerKey = signed.signerKey
        facts.verifyingKey = signed.verifyingKey
        var ruleFindings = findingsResult.findings
        if runRules {
            ruleFindings += timings.measure("rules on verdict") { engine.run(on: document, facts: facts, phase: .afterSignatureVerdict) }
        }
        return Analysis(document: document, facts: facts, stageFindings: schemaFindings + signed.findings,
                        ruleFindings: ruleFindings, timings: timings)
    }

    /// Whether the document element is md:EntityDescriptor or md:EntitiesDescriptor (anything else
    /// gets MD-ROOT-ELEMENT instead of schema findings).
    static func isMetadataRoot(_ tree: XMLTree) -> Bool {
        guard let root = tree.rootElement, root.namespaceURI == XMLNamespace.metadata else { return false }
        return root.localName == "EntityDescriptor" || root.localName == "EntitiesDescriptor"
    }

    /// Parses, turning every way parsing can stop into findings (or an input error). Input that
    /// is not XML at all (empty, a PEM file, an HTML page) cannot be checked: an input error that
    /// names what it is. gzip is decompressed (up to the size limit) and parsed.
    private func parse(_ input: ParserInput, source: String, decompressed: Bool = false) throws(InputError) -> Result<XMLTree, LoadFailure> {
        let reporter = StageReporter(settings: options.rules)
        let outcome = SafeParser.parse(input, limits: options.parseLimits)
        switch outcome {
        case .parsed, .doctype(_, isHTML: false), .tooLarge, .unreadable:
            break
        case .doctype(_, isHTML: true):
            throw InputError(source: source, reason: NonXMLInput.html.refusal)
        case .malformed:
            switch NonXMLInput.recognise(input.head) {
            case .gzip? where !decompressed:
                return try parseGzip(input, source: source)
            case let kind?:
                throw InputError(source: source, reason: kind.refusal)
            case nil:
                break
            }
        }
        switch outcome {
        case .parsed(let tree):
            if let root = tree.rootElement, root.localName.lowercased() == "html" {
                throw InputError(source: source, reason: NonXMLInput.html.refusal)
            }
            return .success(tree)
        case .doctype(let line, _):
            let message = "The document has a DOCTYPE; it was refused without reading the DTD, and nothing else was checked."
            return .failure(LoadFailure(findings: [reporter.finding(MDDTDPresent.self, message, line: line > 0 ? line : nil)]))
        case .malformed(let diagnostics):
            return .failure(LoadFailure(findings: reporter.wellFormednessFindings(diagnostics)))
        case .tooLarge(let limit):
            throw InputError(source: source, reason: "more than the limit of \(limit) bytes (see --max-bytes)")
        case .unreadable(let reason):
            throw InputError(source: source, reason: reason)
        }
    }

    /// Decompresses a gzip input (at most the document size limit) and parses the result.
    private func parseGzip(_ input: ParserInput, source: String) throws(InputError) -> Result<XMLTree, LoadFailure> {
        let limit = options.parseLimits.maximumBytes
        guard let compressed = input.wholeRetainedInput() else {
            throw InputError(source: source, reason: "it is gzip-compressed and larger than the limit of \(limit) bytes (see --max-bytes)")
        }
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = compressed.withUnsafeBufferPointer { samlcheck_gunzip($0.baseAddress, $0.count, &output, &length, limit) }
        defer { samlcheck_free(output) }
        switch status {
        case 0: break
        case 1: throw InputError(source: source, reason: "it is gzip-compressed and decompresses to more than the limit of \(limit) bytes (see --max-bytes)")
        default: throw InputError(source: source, reason: "it looks gzip-compressed but does not decompress (corrupt or truncated)")
        }
        let bytes = UnsafeRawBufferPointer(start: output, count: length)
        return try parse(ParserInput(memory: bytes, limit: limit), source: source, decompressed: true)
    }

    /// Parses a document and builds its model without running any check, for library users who
    /// want to read metadata safely. The failure's findings say why a document could not be read.
    public func load(bytes: [UInt8]) throws(InputError) -> Result<MetadataDocument, LoadFailure> {
        let parsed: Result<Result<XMLTree, LoadFailure>, InputError> = bytes.withUnsafeBytes { buffer in
            do throws(InputError) {
                return .success(try parse(ParserInput(memory: buffer, limit: options.parseLimits.maximumBytes), source: "memory"))
            } catch {
                return .failure(error)
            }
        }
        return try parsed.get().map { ModelBuilder.build(tree: $0) }
    }
}

/// A document that could not be turned into a model: the findings say why.
public struct LoadFailure: Error, Sendable {
    /// The findings that say why (a parse refusal, a document that is not XML).
    public let findings: [Finding]
}

/// Makes findings for the stages that are not rules over the model (parsing, signatures…).
struct StageReporter {
    let settings: RuleSettings
    var facts = StageFacts()
    /// Whether findings get element paths (see ``CheckOptions/elementPaths``).
    var elementPaths = true

    /// A stage's finding about an element, graded by the settings; empty when the rule is turned
    /// off. Stage findings explain verdicts, so they are reported whichever profiles are selected,
    /// except for rules that belong to opt-in profiles only.
    func stageFinding(_ rule: any Rule.Type, _ message: String, at position: SourcePosition, in document: MetadataDocument,
                      entity: EntityDescriptor?, severity: Severity? = nil, hint: String? = nil) -> [Finding] {
        let description = rule.description
        if settings.disabledRules.contains(description.id) { return [] }
        if !description.profiles.contains(where: { Profile.defaults.contains($0) }) && !settings.isEnabled(description) { return [] }
        var finding = finding(rule, message, line: position.line > 0 ? position.line : nil, entityID: entity?.entityID,
                              path: elementPaths ? document.path(of: position) : nil, severity: severity, hint: hint)
        finding.element = position.element
        return [finding]
    }

    /// The finding that carries a signature verdict. A binding one (a failed verdict under trust
    /// input or `--require-signature`, and every `invalid` verdict) keeps `severity` whatever the
    /// settings say, cannot be turned off, and is never suppressed by a baseline: the exit code
    /// follows the verdict. A non-binding one is an ordinary stage finding.
    func verdictFinding(_ rule: any Rule.Type, _ message: String, severity: Severity, binding: Bool, at position: SourcePosition,
                        in document: MetadataDocument, entity: EntityDescriptor?, hint: String? = nil) -> [Finding] {
        guard binding else { return stageFinding(rule, message, at: position, in: document, entity: entity, severity: severity, hint: hint) }
        var finding = Finding(rule: rule.description.id, severity: severity, message: message, entityID: entity?.entityID,
                              line: position.line > 0 ? position.line : nil, path: elementPaths ? document.path(of: position) : nil,
                              hint: hint ?? rule.description.hint)
        finding.isSignatureVerdict = true
        finding.element = position.element
        return [finding]
    }

    /// A finding of a rule, graded by the settings. Parse refusals are reported even when the rule
    /// is disabled: the document was not checked, and silence would read as a pass.
    func finding(_ rule: any Rule.Type, _ message: String, line: Int?, entityID: String? = nil, path: String? = nil,
                 severity: Severity? = nil, hint: String? = nil) -> Finding {
        settings.finding(of: rule.description, message, severity: severity, entityID: entityID, line: line, path: path, hint: hint)
    }

    /// The first error is the one to fix: libxml2's later errors are usually its consequences.
    func wellFormednessFindings(_ diagnostics: [XMLDiagnostic]) -> [Finding] {
        guard let first = diagnostics.first else { return [] }
        var message = "Not well-formed XML: \(first.message)"
        if let explanation = XMLErrorExplanation.plainWords(for: first) { message += " (" + explanation + ")" }
        if diagnostics.count > 1 {
            message += "; \(diagnostics.count - 1) further error\(diagnostics.count == 2 ? "" : "s") follow from it"
        }
        return [finding(MDXMLWellformed.self, message, line: first.line)]
    }
}
