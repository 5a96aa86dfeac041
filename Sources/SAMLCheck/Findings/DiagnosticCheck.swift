/// One diagnostic of a mode that probes more than a document (the Mattermost mode's D1–D8), and
/// whether it ran: a clean report is only worth something when the reader can see what was
/// checked and what could not be.
public struct DiagnosticCheck: Sendable, Hashable, Codable {
    /// Whether the diagnostic ran.
    public enum Status: String, Sendable, Hashable, Codable {
        /// The check ran; its findings (if any) are in the report.
        case ran
        /// The check could not run; `reason` says why and what to give.
        case skipped
        /// The check does not apply to this set-up (a file given where a URL would be probed).
        case notApplicable = "not-applicable"
    }

    /// `D1`…`D8`.
    public var id: String
    /// What it checks, in a few words.
    public var title: String
    /// Whether it ran.
    public var status: Status
    /// Why it was skipped or does not apply, or a note on how it ran; nil when there is nothing to say.
    public var reason: String?
    /// The user asked for this check by giving its input (a token, --idp-metadata, --idp-cert):
    /// skipping it means the run did not do what it was asked, and exits 2. Not in the JSON.
    public var requested: Bool

    /// A diagnostic with its outcome.
    public init(id: String, title: String, status: Status, reason: String? = nil, requested: Bool = false) {
        self.id = id
        self.title = title
        self.status = status
        self.reason = reason
        self.requested = requested
    }

    /// A check the user asked for that did not run.
    public var failedRequest: Bool { requested && status == .skipped }

    enum CodingKeys: String, CodingKey { case id, title, status, reason }

    /// Reads a diagnostic as the JSON report writes it (`requested` is not in it: false).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
                  status: try container.decode(Status.self, forKey: .status), reason: try container.decodeIfPresent(String.self, forKey: .reason))
    }

    /// Every key is written (`reason` as null), as in the rest of the JSON report.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
    }
}

/// What the Mattermost mode adds to a report: the list of its diagnostics and whether each ran.
public struct MattermostSummary: Sendable, Hashable, Codable {
    /// The diagnostics, D1 first.
    public var checks: [DiagnosticCheck]

    /// A summary of `checks`.
    public init(checks: [DiagnosticCheck]) { self.checks = checks }

    enum CodingKeys: String, CodingKey { case checks }
}
