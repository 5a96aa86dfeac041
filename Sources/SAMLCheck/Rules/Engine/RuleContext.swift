/// What a rule sees while it runs, and where it reports.
public struct RuleContext {
    /// The document being checked.
    public let document: MetadataDocument
    /// The settings the rule runs under (clock, profiles, thresholds, inputs).
    public let settings: RuleSettings
    /// Facts other stages established (for instance the signature verdict), for rules that read them.
    public let stageFacts: StageFacts
    /// The rule that is running (a reference: switching rules costs one retain, not a copy of
    /// the whole description with its examples).
    var rule: RuleHandle
    /// The entity whose check is running; findings are attributed to it unless told otherwise.
    var currentEntity: EntityDescriptor?
    private(set) var findings: [Finding] = []
    /// Paths of ancestor elements already computed (findings cluster by entity).
    private var pathCache = ElementPaths()
    /// Whether findings get element paths (see ``CheckOptions/elementPaths``).
    private let elementPaths: Bool

    init(document: MetadataDocument, settings: RuleSettings, stageFacts: StageFacts, rule: RuleHandle, elementPaths: Bool = true) {
        self.document = document
        self.settings = settings
        self.stageFacts = stageFacts
        self.rule = rule
        self.elementPaths = elementPaths
    }

    /// The configurable numbers the rules compare with.
    public var thresholds: Thresholds { settings.thresholds }

    /// Reports a finding of the running rule.
    ///
    /// - Parameters:
    ///   - message: what is wrong, in one sentence.
    ///   - position: the element it concerns.
    ///   - entity: the entity it belongs to; defaults to the entity being checked. Pass nil
    ///     explicitly with `forDocument: true` for document-wide findings.
    ///   - severity: the severity of this particular case when the catalogue grades cases
    ///     differently; escalations and overrides still apply.
    ///   - hint: a fix specific to this case; defaults to the rule's hint.
    public mutating func report(_ message: String, at position: SourcePosition, entity: EntityDescriptor? = nil,
                                severity: Severity? = nil, hint: String? = nil) {
        let owner = entity ?? currentEntity
        var finding = settings.finding(
            of: rule.description, message, severity: severity, entityID: owner?.entityID,
            line: position.line > 0 ? position.line : nil,
            path: elementPaths ? document.path(of: position, cache: &pathCache) : nil,
            hint: hint ?? defaultHint(for: owner))
        finding.element = position.element
        findings.append(finding)
    }

    /// The rule's hint, or its product hint for an SP entity under the product's profile.
    private func defaultHint(for entity: EntityDescriptor?) -> String {
        let description = rule.description
        guard !description.serviceProviderHints.isEmpty, let entity else { return description.hint }
        return description.hint(forServiceProvider: !entity.serviceProviders.isEmpty, profiles: settings.profiles)
    }

    mutating func takeFindings() -> [Finding] {
        defer { findings = [] }
        return findings
    }
}

/// Results of the stages that run before the rules, for rules that depend on them.
public struct StageFacts: Sendable {
    /// The document signature's verdict (``SignatureSummary/notChecked`` until it is known).
    public var signature: SignatureSummary
    /// True when the document is the answer of a Metadata Query (MDQ) server, which is consumed
    /// directly and so is held to the rules of an aggregate.
    public var isMetadataQueryResponse: Bool
    /// SHA-256 of the public key that verified the document signature, when one did.
    public var signerKey: Fingerprint?
    /// The key that verified the document signature (type and size), when one did.
    public var verifyingKey: VerifyingKey?
    /// Every certificate of the document, inspected.
    public var certificates: CertificateIndex = .empty
    /// Where a fetched document came from; nil for files and standard input.
    public var origin: DocumentOrigin?

    /// Facts for a document read from a file (or fetched from `origin`), before any stage has run.
    public init(signature: SignatureSummary = .notChecked, isMetadataQueryResponse: Bool = false, origin: DocumentOrigin? = nil) {
        self.signature = signature
        self.isMetadataQueryResponse = isMetadataQueryResponse
        self.origin = origin
    }
}

/// A rule instance with its description, shared by reference while the engine runs.
final class RuleHandle: Sendable {
    let rule: any Rule
    let description: RuleDescription

    init(_ type: any Rule.Type) {
        rule = type.init()
        description = type.description
    }
}
