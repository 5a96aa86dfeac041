/// One diagnostic of a mode that probes more than a document (the Mattermost mode's D1–D8), and
/// whether it ran: a clean report is only worth something when the reader can see what was
/// checked and what could not be.
public struct DiagnosticCheck: Sendable, Hashable, Codable {
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
    public var title: String
    public var status: Status
    /// Why it was skipped or does not apply, or a note on how it ran; nil when there is nothing to say.
    public var reason: String?

    public init(id: String, title: String, status: Status, reason: String? = nil) {
        self.id = id
        self.title = title
        self.status = status
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey { case id, title, status, reason }

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
    public var checks: [DiagnosticCheck]

    public init(checks: [DiagnosticCheck]) { self.checks = checks }
}
