#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When one certificate of a document expires, with where it is used: what monitoring needs to
/// alert before a key runs out (`--format prometheus`).
public struct CertificateExpiry: Sendable, Hashable {
    /// The entity the certificate belongs to; nil for the document's signature.
    public var entityID: String?
    /// `IDPSSODescriptor`, `SPSSODescriptor`…; nil for a signature's certificate.
    public var role: String?
    /// `signing`, `encryption`, `signing+encryption` (no use) or `signature`.
    public var use: String
    /// `SHA256:` and the hex of the certificate's DER.
    public var fingerprint: String
    /// The start of the validity period, when the certificate has a readable one.
    public var notBefore: Date?
    /// The end of the validity period.
    public var notAfter: Date

    /// A certificate's expiry and where it is used.
    public init(entityID: String?, role: String?, use: String, fingerprint: String, notBefore: Date? = nil, notAfter: Date) {
        self.entityID = entityID
        self.role = role
        self.use = use
        self.fingerprint = fingerprint
        self.notBefore = notBefore
        self.notAfter = notAfter
    }
}
