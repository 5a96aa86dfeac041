/// The verdict on a document's signature, as reports show it.
public struct SignatureSummary: Sendable, Hashable, Codable {
    /// The overall verdict.
    public enum Status: String, Sendable, Hashable, Codable {
        case valid
        case invalid
        case absent
        case untrusted
        case notChecked = "not-checked"
    }

    /// What the signature check concluded.
    public var status: Status
    /// One plain sentence explaining the verdict.
    public var reason: String?
    /// The signature method's short name (`rsa-sha256`), when there is a signature.
    public var algorithm: String?
    /// The first Reference's digest method's short name (`sha256`).
    public var digest: String?
    /// The first Reference's URI as written (`#_abc123`).
    public var referenceURI: String?
    /// SHA-256 fingerprint of the key or certificate that verified the signature.
    public var keyFingerprint: String?

    /// A summary with `status` and whatever is known of the signature.
    public init(status: Status, reason: String? = nil, algorithm: String? = nil, digest: String? = nil,
                referenceURI: String? = nil, keyFingerprint: String? = nil) {
        self.status = status
        self.reason = reason
        self.algorithm = algorithm
        self.digest = digest
        self.referenceURI = referenceURI
        self.keyFingerprint = keyFingerprint
    }

    /// The summary of a signature nothing has looked at yet.
    public static let notChecked = SignatureSummary(status: .notChecked)

    enum CodingKeys: String, CodingKey { case status, reason, algorithm, digest, referenceURI, keyFingerprint }

    /// Every key is written, `null` when unknown, so consumers can rely on the shape.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(reason, forKey: .reason)
        try container.encode(algorithm, forKey: .algorithm)
        try container.encode(digest, forKey: .digest)
        try container.encode(referenceURI, forKey: .referenceURI)
        try container.encode(keyFingerprint, forKey: .keyFingerprint)
    }
}
