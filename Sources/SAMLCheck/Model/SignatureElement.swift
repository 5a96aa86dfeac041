/// The structure of a `ds:Signature` element, as written. Whether it verifies is decided by the
/// signature checks; this is what the profile rules read.
public struct SignatureElement: Sendable, Hashable {
    /// The Signature's `Id` attribute; nil when absent.
    public let id: String?
    /// SignedInfo's CanonicalizationMethod `Algorithm`.
    public let canonicalizationAlgorithm: String?
    /// SignedInfo's SignatureMethod `Algorithm`.
    public let signatureAlgorithm: String?
    /// SignedInfo's `ds:Reference` elements.
    public let references: [SignatureReference]
    /// Number of `ds:Object` children.
    public let objectCount: Int
    /// The `Id` attributes of the `ds:Object` children.
    public let objectIDs: [String]
    /// The `ds:KeyInfo` child; nil when absent.
    public let keyInfo: KeyInfo?
    /// False when SignedInfo itself is missing.
    public let hasSignedInfo: Bool
    /// Attributes that a namespace-blind reader (xmlsec) and a namespace-aware one could read
    /// differently: on the Signature element and anywhere in its SignedInfo and KeyInfo.
    public let ambiguousAttributes: [AmbiguousAttribute]
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// An element of a signature carrying two attributes with the same local name in different
/// namespaces (`x:URI="#a" URI="#b"`). xmlsec takes the first whatever its namespace, so what it
/// verifies and what a reader of the document sees can differ.
public struct AmbiguousAttribute: Sendable, Hashable {
    /// The element's local name (`Reference`, `SignatureMethod`…).
    public let element: String
    /// The repeated local name (`URI`, `Algorithm`…).
    public let attribute: String
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// A `ds:Reference` inside SignedInfo.
public struct SignatureReference: Sendable, Hashable {
    /// The `URI` attribute as xmlsec reads it (the first attribute named URI, whatever its
    /// namespace); nil when absent, "" when empty.
    public let uri: String?
    /// Transform algorithm URIs in order (nil entries for a Transform without Algorithm).
    public let transforms: [String?]
    /// The DigestMethod `Algorithm`.
    public let digestAlgorithm: String?
    /// Where the element starts in the source.
    public let position: SourcePosition
}
