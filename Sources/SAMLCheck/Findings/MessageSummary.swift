/// What `samlcheck message` says about one message: its kind and binding, whether a receiver
/// configured as given would accept it, its signature, and the assertion it carries.
public struct MessageSummary: Sendable, Hashable, Codable {
    /// Would the receiver accept it?
    public enum Verdict: String, Sendable, Hashable, Codable {
        case accepted
        case rejected
    }

    /// The signature verdict, per the message's signed element.
    public struct Signature: Sendable, Hashable, Codable {
        /// valid, invalid, absent, untrusted or not-checked.
        public var status: SignatureSummary.Status
        /// response, request, assertion, both, query or none.
        public var signedElement: String
        /// Why, in one sentence.
        public var reason: String?
        /// The signature method's short name.
        public var algorithm: String?
        /// The digest method's short name.
        public var digest: String?
        /// The certificate or key that verified it.
        public var keyFingerprint: String?

        enum CodingKeys: String, CodingKey { case status, signedElement, reason, algorithm, digest, keyFingerprint }

        /// Every key written, null when unknown.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(signedElement, forKey: .signedElement)
            try container.encode(reason, forKey: .reason)
            try container.encode(algorithm, forKey: .algorithm)
            try container.encode(digest, forKey: .digest)
            try container.encode(keyFingerprint, forKey: .keyFingerprint)
        }
    }

    /// The assertion as the SP would read it.
    public struct Assertion: Sendable, Hashable, Codable {
        /// A NameID and its format.
        public struct Subject: Sendable, Hashable, Codable {
            /// The NameID text (nil when encrypted or absent).
            public var nameID: String?
            /// Its Format.
            public var format: String?
        }

        /// One attribute and its values.
        public struct Attribute: Sendable, Hashable, Codable {
            /// Name.
            public var name: String?
            /// NameFormat.
            public var nameFormat: String?
            /// FriendlyName.
            public var friendlyName: String?
            /// The values, trimmed.
            public var values: [String]
        }

        /// The Assertion's ID.
        public var id: String?
        /// Its Issuer.
        public var issuer: String?
        /// Its Subject's NameID.
        public var subject: Subject
        /// Every Audience of its AudienceRestrictions.
        public var audiences: [String]
        /// Conditions NotBefore, as written.
        public var notBefore: String?
        /// Conditions NotOnOrAfter, as written.
        public var notOnOrAfter: String?
        /// The first AuthnStatement's AuthnInstant, as written.
        public var authnInstant: String?
        /// The first AuthnStatement's SessionIndex.
        public var sessionIndex: String?
        /// The first AuthnStatement's AuthnContextClassRef.
        public var authnContext: String?
        /// The attributes of its AttributeStatements.
        public var attributes: [Attribute]
        /// Whether it arrived encrypted (and samlcheck decrypted it).
        public var wasEncrypted: Bool
    }

    /// Response, AuthnRequest, LogoutRequest or LogoutResponse.
    public var type: String
    /// post, redirect or unknown.
    public var binding: String
    /// How the input encoded it ("base64 (HTTP-POST)", "HAR entry 2: an HTTP-Redirect URL").
    public var input: String
    /// Accepted or rejected.
    public var verdict: Verdict
    /// The first error: why it is rejected.
    public var reason: String?
    /// The signature verdict.
    public var signature: Signature
    /// The assertion, for a Response with a readable one; nil otherwise.
    public var assertion: Assertion?
    /// Rules that could not run, and what to give.
    public var notChecked: [PairSummary.NotChecked]
    /// What decryption did, one entry per EncryptedAssertion or EncryptedID, when keys were given
    /// (`--sp-key`) and the message had encrypted parts; nil otherwise.
    public var decryption: [Decryption]?

    /// One encrypted element and what became of it.
    public struct Decryption: Sendable, Hashable, Codable {
        /// `EncryptedAssertion` or `EncryptedID`.
        public var element: String
        /// Where it starts in the message.
        public var line: Int
        /// The block cipher (EncryptedData's EncryptionMethod).
        public var dataAlgorithm: String?
        /// The key transport (EncryptedKey's EncryptionMethod).
        public var keyTransportAlgorithm: String?
        /// The key that decrypted it, or nil.
        public var decryptedWith: String?
        /// The keys tried, in order.
        public var keysTried: [String]
    }

    /// For `samlcheck mattermost --response`: the error Mattermost will show (`ent.saml.…`), or
    /// nil when it should accept the response; absent in other modes.
    public var mattermostError: MattermostPrediction?

    /// What Mattermost will do with a response.
    public struct MattermostPrediction: Sendable, Hashable, Codable {
        /// The error id (`ent.saml.do_login.invalid_signature.app_error`), or "none".
        public var errorID: String
        /// What Mattermost shows, and why samlcheck predicts it.
        public var explanation: String
    }

    enum CodingKeys: String, CodingKey { case type, binding, input, verdict, reason, signature, assertion, notChecked, mattermostError, decryption }

    /// Every key written, null when unknown.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(binding, forKey: .binding)
        try container.encode(input, forKey: .input)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(reason, forKey: .reason)
        try container.encode(signature, forKey: .signature)
        try container.encode(assertion, forKey: .assertion)
        try container.encode(notChecked, forKey: .notChecked)
        try container.encodeIfPresent(mattermostError, forKey: .mattermostError)
        try container.encodeIfPresent(decryption, forKey: .decryption)
    }
}
