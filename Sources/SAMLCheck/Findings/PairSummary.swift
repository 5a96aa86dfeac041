/// What `samlcheck pair` adds to a report: the two sides, the findings about them together,
/// the keys the pair depends on, and whether SSO between them will work.
public struct PairSummary: Sendable, Hashable, Codable {
    /// One side: its document and the entity chosen in it.
    public struct Side: Sendable, Hashable, Codable {
        /// The source of the document (path, `-` or URL).
        public var document: String
        /// The entity's entityID.
        public var entityID: String

        /// The side `entityID` in `document`.
        public init(document: String, entityID: String) {
            self.document = document
            self.entityID = entityID
        }
    }

    /// Whether SSO between the two will work, as far as metadata can tell.
    public enum Verdict: String, Sendable, Hashable, Codable {
        case willWork = "will-work"
        case willFail = "will-fail"
    }

    /// A key SSO between the two depends on, with its runway (PAIR-CERT-RUNWAY).
    public struct Key: Sendable, Hashable, Codable {
        /// What the pair uses it for: `IdP signing`, `SP encryption`, `SP signing`.
        public var purpose: String
        /// The source of the document (path, `-` or URL).
        public var document: String
        /// The entity's entityID.
        public var entityID: String
        /// The ds:X509Certificate element.
        public var line: Int?
        /// The certificate's subject.
        public var subject: String
        /// SHA-256 fingerprint of the certificate.
        public var fingerprint: String
        /// notAfter, ISO 8601; nil when the certificate has none that could be read.
        public var notAfter: String?
        /// Whole days from the run's clock to notAfter (negative once expired).
        public var daysLeft: Int?
        /// The fingerprint of a key published for the same purpose that stays valid longer,
        /// when there is one (a pre-published successor).
        public var successor: String?

        /// A key of the pair with its runway.
        public init(purpose: String, document: String, entityID: String, line: Int?, subject: String, fingerprint: String,
                    notAfter: String?, daysLeft: Int?, successor: String?) {
            self.purpose = purpose
            self.document = document
            self.entityID = entityID
            self.line = line
            self.subject = subject
            self.fingerprint = fingerprint
            self.notAfter = notAfter
            self.daysLeft = daysLeft
            self.successor = successor
        }

        /// Every key is written (null when unknown).
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(purpose, forKey: .purpose)
            try container.encode(document, forKey: .document)
            try container.encode(entityID, forKey: .entityID)
            try container.encode(line, forKey: .line)
            try container.encode(subject, forKey: .subject)
            try container.encode(fingerprint, forKey: .fingerprint)
            try container.encode(notAfter, forKey: .notAfter)
            try container.encode(daysLeft, forKey: .daysLeft)
            try container.encode(successor, forKey: .successor)
        }

        enum CodingKeys: String, CodingKey { case purpose, document, entityID, line, subject, fingerprint, notAfter, daysLeft, successor }
    }

    /// A pair rule that could not run for want of input, and what to give it.
    public struct NotChecked: Sendable, Hashable, Codable {
        /// The pair rule's ID.
        public var rule: String
        /// What was missing and what to give.
        public var reason: String

        /// A rule that did not run, and why.
        public init(rule: String, reason: String) {
            self.rule = rule
            self.reason = reason
        }
    }

    /// The SP side.
    public var sp: Side
    /// The IdP side.
    public var idp: Side
    /// The findings about the two together, in report order. Each names both documents: its
    /// own (``Finding/document``) and the other side (``Finding/related``).
    public var findings: [Finding]
    /// Pair findings a baseline accepted.
    public var suppressed: [Finding] = []
    /// Every key the pair depends on, the soonest to expire first.
    public var keys: [Key]
    /// Pair rules that could not run for want of input.
    public var notChecked: [NotChecked]

    /// A summary of the pair `sp`–`idp`.
    public init(sp: Side, idp: Side, findings: [Finding], keys: [Key], notChecked: [NotChecked]) {
        self.sp = sp
        self.idp = idp
        self.findings = findings
        self.keys = keys
        self.notChecked = notChecked
    }

    /// Will fail when any finding about the pair is an error; a baseline does not change that.
    public var verdict: Verdict {
        (findings + suppressed).contains { $0.severity == .error } ? .willFail : .willWork
    }

    /// The first error about the pair: why it will fail.
    public var reason: Finding? {
        (findings + suppressed).first { $0.severity == .error }
    }

    enum CodingKeys: String, CodingKey { case sp, idp, findings, suppressed, keys, notChecked }
}
