/// One problem found in a document: data only, formatted by the renderers.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule ID from the catalogue, such as `EP-HTTPS`.
    public var rule: String
    /// How serious it is, after the profiles' escalations and the user's overrides.
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
    public var document: String? {
        get { sides?.document }
        set { sides = FindingSides(document: newValue, related: related) }
    }
    /// For a finding about an SP and an IdP together: the element on the other side.
    public var related: FindingPlace? {
        get { sides?.related }
        set { sides = FindingSides(document: document, related: newValue) }
    }
    /// True for the finding that carries a failed signature verdict the run must fail on (an
    /// `invalid` signature, or any status but `valid` under trust input or
    /// `--require-signature`): configuration did not lower it and baselines never suppress it.
    /// Not part of any report format.
    public var isSignatureVerdict = false
    /// The element the finding is about, when it has one: how ``SupersededFindings`` tells
    /// elements on one line apart. Not part of any report format.
    var element = ElementIdentity.none
    /// `document` and `related`, boxed: only pair findings have them, and a report can hold
    /// tens of thousands of findings, so the others carry one empty reference.
    private var sides: FindingSides?

    /// A finding of `rule` (a catalogue ID) with its grading, message and place.
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

    /// Reads a finding as the JSON report writes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try container.decode(String.self, forKey: .rule), severity: try container.decode(Severity.self, forKey: .severity),
                  message: try container.decode(String.self, forKey: .message), entityID: try container.decodeIfPresent(String.self, forKey: .entityID),
                  line: try container.decodeIfPresent(Int.self, forKey: .line), path: try container.decodeIfPresent(String.self, forKey: .path),
                  hint: try container.decodeIfPresent(String.self, forKey: .hint))
        let document = try container.decodeIfPresent(String.self, forKey: .document)
        let related = try container.decodeIfPresent(FindingPlace.self, forKey: .related)
        if document != nil || related != nil { sides = FindingSides(document: document, related: related) }
    }

    /// Writes the finding as the JSON report holds it (without the fields no report format carries).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(entityID, forKey: .entityID)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(hint, forKey: .hint)
        try container.encodeIfPresent(document, forKey: .document)
        try container.encodeIfPresent(related, forKey: .related)
    }

    // `element` identifies a node of one parse: two reports of the same input are equal.
    /// Two findings are equal when every reported field is.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.rule == rhs.rule && lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.entityID == rhs.entityID
            && lhs.line == rhs.line && lhs.path == rhs.path && lhs.hint == rhs.hint && lhs.isSignatureVerdict == rhs.isSignatureVerdict
            && lhs.document == rhs.document && lhs.related == rhs.related
    }

    /// Hashes the reported fields, consistently with `==`.
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
    /// Findings graded `error`.
    public var error: Int = 0
    /// Findings graded `warning`.
    public var warning: Int = 0
    /// Findings graded `info`.
    public var info: Int = 0

    /// No findings.
    public init() {}

    /// The counts of these findings by severity.
    public init(_ findings: [Finding]) {
        for finding in findings { add(finding.severity) }
    }

    /// Counts `count` more findings of `severity`.
    public mutating func add(_ severity: Severity, count: Int = 1) {
        switch severity {
        case .error: error += count
        case .warning: warning += count
        case .info: info += count
        }
    }

    /// The counts of both, added per severity.
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

/// A pair finding's own document and the other side's element (see ``Finding/document``).
private final class FindingSides: Sendable {
    let document: String?
    let related: FindingPlace?

    init(document: String?, related: FindingPlace?) {
        self.document = document
        self.related = related
    }
}
