/// An `md:KeyDescriptor`: a key a role uses, with its intended use.
public final class KeyDescriptor: Sendable, Hashable {
    /// The `use` attribute as written (`signing`, `encryption`, or something invalid); nil when
    /// absent, which means the key serves both purposes.
    public let use: String?
    /// The `ds:KeyInfo` child; nil when absent.
    public let keyInfo: KeyInfo?
    /// The `md:EncryptionMethod` children: algorithms the holder accepts for encryption to this key.
    public let encryptionMethods: [EncryptionMethod]
    /// Where the element starts in the source.
    public let position: SourcePosition

    /// The use, when it is one of the two the schema allows.
    public var knownUse: KeyUse? { use.flatMap { KeyUse(rawValue: $0.trimmingWhitespace()) } }

    /// Whether the key may be used for signing (use="signing" or no use).
    public var isUsableForSigning: Bool { use == nil || knownUse == .signing }

    /// Whether the key may be used for encryption (use="encryption" or no use).
    public var isUsableForEncryption: Bool { use == nil || knownUse == .encryption }

    /// A key descriptor as the model builder reads it.
    public init(use: String?, keyInfo: KeyInfo?, encryptionMethods: [EncryptionMethod], position: SourcePosition) {
        self.use = use
        self.keyInfo = keyInfo
        self.encryptionMethods = encryptionMethods
        self.position = position
    }

    /// Identity: two values are equal only when they are the same element of the same model.
    public static func == (lhs: KeyDescriptor, rhs: KeyDescriptor) -> Bool { lhs === rhs }
    /// Hashes the identity, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// The two values of `KeyDescriptor/@use`.
public enum KeyUse: String, Sendable, Hashable {
    case signing
    case encryption
}

/// An `md:EncryptionMethod` inside a KeyDescriptor.
public struct EncryptionMethod: Sendable, Hashable {
    /// The `Algorithm` attribute; nil when absent.
    public let algorithm: String?
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// A `ds:KeyInfo`: the key representations it holds.
public struct KeyInfo: Sendable, Hashable {
    /// The `ds:KeyName` children.
    public let keyNames: [TextValue]
    /// The `ds:X509Data` children.
    public let x509Data: [X509Data]
    /// The `ds:KeyValue` children.
    public let keyValues: [KeyValue]
    /// Children that are neither KeyName, X509Data nor KeyValue (RetrievalMethod, foreign elements…).
    public let otherChildren: [ElementValue]
    /// Where the element starts in the source.
    public let position: SourcePosition

    /// Every X509Certificate in every X509Data, in document order (collected once: dozens of
    /// rules read it for every key).
    public let certificates: [X509CertificateText]

    init(keyNames: [TextValue], x509Data: [X509Data], keyValues: [KeyValue], otherChildren: [ElementValue], position: SourcePosition) {
        self.keyNames = keyNames
        self.x509Data = x509Data
        self.keyValues = keyValues
        self.otherChildren = otherChildren
        self.position = position
        self.certificates = x509Data.count == 1 ? x509Data[0].certificates : x509Data.flatMap(\.certificates)
    }
}

/// A `ds:X509Data` element.
public struct X509Data: Sendable, Hashable {
    /// The `ds:X509Certificate` children, in order.
    public let certificates: [X509CertificateText]
    /// Other children (X509SubjectName, X509IssuerSerial, X509SKI, X509CRL…) kept generically.
    public let otherChildren: [ElementValue]
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// The text of a `ds:X509Certificate`: base64 of a DER certificate, as written (line breaks and
/// all). Decoding and inspection belong to the certificate checks.
public struct X509CertificateText: Sendable, Hashable {
    /// The element's text.
    public let base64: String
    /// True when the element contains an XML comment, which breaks naive base64 readers.
    public let containsComment: Bool
    /// Where the element starts in the source.
    public let position: SourcePosition
}

/// A `ds:KeyValue`.
public struct KeyValue: Sendable, Hashable {
    /// What a KeyValue holds.
    public enum Content: Sendable, Hashable {
        /// `ds:RSAKeyValue` with base64 Modulus and Exponent.
        case rsa(modulus: String, exponent: String)
        /// `ds11:ECKeyValue` with its named curve URI and base64 PublicKey.
        case ec(namedCurve: String?, publicKey: String)
        /// `ds:DSAKeyValue`.
        case dsa
        /// Anything else, by element name.
        case other(String)
    }

    /// The key it holds.
    public let content: Content
    /// Where the element starts in the source.
    public let position: SourcePosition
}
