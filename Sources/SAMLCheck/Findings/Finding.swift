/// One problem found in a document: data only, formatted by the renderers.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule ID from the catalogue, such as `EP-HTTPS`.
    public var rule: String
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// The entity the finding belongs to; nil for findings about the document as a whole.
    public var entityID: String?
    /// 1-based line in the source; nil when the finding has no single place.
    public var line: Int?
    /// A readable path to the element, such as `/EntityDescriptor[@entityID='…']/SPSSODescriptor`.
    public var path: String?
    /// How to fix it.
    public var hint: String?
    /// The document the finding is in, for findings that are not listed under their document
    /// (those about an SP and an IdP together); nil otherwise.
    public var document: String?
    /// For a finding about an SP and an IdP together: the element on the other side.
    public var related: FindingPlace?
    /// True for the finding that carries a failed signature verdict the run must fail on (an
    /// `invalid` signature, or any status but `valid` under trust input or
    /// `--require-signature`): configuration did not lower it and baselines never suppress it.
    /// Not part of any report format.
    public var isSignatureVerdict = false
    /// The element the finding is about, when it has one: how ``SupersededFindings`` tells
    /// elements on one line apart. Not part of any report format.
    var element: ElementIdentity?

    public init(rule: String, severity: Severity, message: String, entityID: String? = nil,
                line: Int? = nil, path: String? = nil, hint: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.entityID = entityID
        self.line = line
        self.path = path
        self.hint = hint
    }

    enum CodingKeys: String, CodingKey { case rule, severity, message, entityID, line, path, hint, document, related }

    // `element` identifies a node of one parse: two reports of the same input are equal.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.rule == rhs.rule && lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.entityID == rhs.entityID
            && lhs.line == rhs.line && lhs.path == rhs.path && lhs.hint == rhs.hint && lhs.isSignatureVerdict == rhs.isSignatureVerdict
            && lhs.document == rhs.document && lhs.related == rhs.related
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(message)
        hasher.combine(entityID)
        hasher.combine(line)
    }

    /// The order reports use: by line (findings without a line first), then rule, then message.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let left = lhs.line ?? 0
        let right = rhs.line ?? 0
        if left != right { return left < right }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return (lhs.entityID ?? "") < (rhs.entityID ?? "")
    }
}

/// Counts of findings by severity.
public struct SeverityCounts: Sendable, Hashable, Codable {
    public var error: Int = 0
    public var warning: Int = 0
    public var info: Int = 0

    public init() {}

    public init(_ findings: [Finding]) {
        for finding in findings { add(finding.severity) }
    }

    public mutating func add(_ severity: Severity, count: Int = 1) {
        switch severity {
        case .error: error += count
        case .warning: warning += count
        case .info: info += count
        }
    }

    public static func + (lhs: SeverityCounts, rhs: SeverityCounts) -> SeverityCounts {
        var sum = lhs
        sum.error += rhs.error
        sum.warning += rhs.warning
        sum.info += rhs.info
        return sum
    }

    /// Number of findings at or above a severity.
    public func count(atLeast severity: Severity) -> Int {
        switch severity {
        case .error: return error
        case .warning: return error + warning
        case .info: return error + warning + info
        }
    }
}
