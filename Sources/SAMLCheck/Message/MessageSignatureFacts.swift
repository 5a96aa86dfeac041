/// The verdicts on a message's signatures, decided once before the rules run: each ds:Signature
/// judged by the SAML signature profile and verified with the keys the receiver trusts, the
/// Redirect binding's query signature, and whether the node the receiver will consume is the
/// very node a verified signature covers.
public struct MessageSignatureFacts: Sendable {
    /// Which part of the message a signature belongs to.
    public enum Role: String, Sendable {
        /// The document element (Response, AuthnRequest, Logout…).
        case message
        /// The Assertion the SP will consume.
        case consumedAssertion
        /// Another Assertion (a second top-level one, or one nested somewhere).
        case otherAssertion
        /// Any other element.
        case elsewhere
    }

    /// One ds:Signature and its verdict.
    public struct Checked: Sendable {
        /// The signature and where it sits.
        public let placed: PlacedSignature
        /// What it signs.
        public let role: Role
        /// Its verdict.
        public let status: SignatureSummary.Status
        /// Why, in one sentence.
        public let reason: String
        /// How to fix it, when known.
        public let hint: String?
        /// The certificate or key that verified it.
        public let keyFingerprint: String?
        /// How it departs from the SAML signature profile: the metadata rule's ID (SIG-…) and
        /// the sentence, and whether the departure is about the algorithm.
        public let violations: [(rule: String, message: String, isAlgorithm: Bool)]
    }

    /// The Redirect binding's signature over the query.
    public struct QueryVerdict: Sendable, Hashable {
        /// Its verdict.
        public let status: SignatureSummary.Status
        /// Why, in one sentence.
        public let reason: String
        /// `SigAlg`.
        public let algorithm: String?
        /// The key that verified it.
        public let keyFingerprint: String?
    }

    /// A way the message lets a consumer read something other than what was verified.
    public struct WrappingProblem: Sendable {
        /// What is wrong, in one sentence.
        public let message: String
        /// Where.
        public let position: SourcePosition
    }

    /// Every ds:Signature of the message, judged.
    public let checked: [Checked]
    /// The query signature, for a Redirect URL that carries one.
    public let query: QueryVerdict?
    /// What the consumed node's protection comes to.
    public let summary: SignatureSummary
    /// `response`/`request`, `assertion`, `both`, `query` or `none`: which elements carry a signature.
    public let signedElement: String
    /// Ways a consumer could read unverified content.
    public let wrapping: [WrappingProblem]
    /// Whether keys were given to verify with (the sender's metadata or `--trust`).
    public let hasTrustInput: Bool
    /// Where the keys came from, for sentences ("the IdP metadata's signing keys").
    public let keySource: String

    /// The signature on the document element.
    public var messageSignature: Checked? { checked.first { $0.role == .message } }
    /// The consumed Assertion's own signature.
    public var assertionSignature: Checked? { checked.first { $0.role == .consumedAssertion } }
}
