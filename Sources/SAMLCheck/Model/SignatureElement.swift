/// The structure of a `ds:Signature` element, as written. Whether it verifies is decided by the
/// signature checks; this is what the profile rules read.
public struct SignatureElement: Sendable, Hashable {
    public let id: String?
    public let canonicalizationAlgorithm: String?
    public let signatureAlgorithm: String?
    public let references: [SignatureReference]
    /// Number of `ds:Object` children.
    public let objectCount: Int
    /// The `Id` attributes of the `ds:Object` children.
    public let objectIDs: [String]
    public let keyInfo: KeyInfo?
    /// False when SignedInfo itself is missing.
    public let hasSignedInfo: Bool
    public let position: SourcePosition
}

/// A `ds:Reference` inside SignedInfo.
public struct SignatureReference: Sendable, Hashable {
    /// The `URI` attribute; nil when absent, "" when empty.
    public let uri: String?
    /// Transform algorithm URIs in order (nil entries for a Transform without Algorithm).
    public let transforms: [String?]
    public let digestAlgorithm: String?
    public let position: SourcePosition
}
