#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What samlcheck reads from one X.509 certificate: the facts the certificate rules and the
/// `certs` report need, nothing more.
public struct CertificateInfo: Sendable, Hashable {
    /// The kind of public key.
    public enum KeyType: String, Sendable, Hashable, Codable {
        case rsa = "RSA"
        case rsaPSS = "RSA-PSS"
        case ec = "EC"
        case dsa = "DSA"
        case ed25519 = "Ed25519"
        case ed448 = "Ed448"
        case other
    }

    /// SHA-256 of the certificate's DER.
    public let fingerprint: Fingerprint
    /// SHA-256 of its SubjectPublicKeyInfo DER: equal for certificates that carry the same key.
    public let keyFingerprint: Fingerprint
    /// The X.509 version (3 for v3).
    public let version: Int
    /// The serial number in hex, as encoded (negative serials, which old keytool certificates
    /// have, are kept and flagged rather than refused).
    public let serialHex: String
    /// Whether the serial number is encoded as negative.
    public let serialIsNegative: Bool
    /// RFC 4514-style names, most specific first (`CN=idp.example.org, O=Example, C=SE`).
    public let subject: String
    /// The issuer, in the same form.
    public let issuer: String
    /// The start of the validity period; nil when unreadable.
    public let notBefore: Date?
    /// The end of the validity period; nil when unreadable.
    public let notAfter: Date?
    /// The kind of public key.
    public let keyType: KeyType
    /// The key algorithm OID when the type is `other`.
    public let keyAlgorithm: String
    /// Modulus size for RSA, curve size for EC, p size for DSA.
    public let keyBits: Int?
    /// The RSA public exponent (nil for other keys, or when it does not fit 64 bits).
    public let rsaExponent: UInt64?
    /// The EC curve (`P-256`, `brainpoolP384r1`, or the OID).
    public let curve: String?
    /// The certificate's own signature algorithm (`sha256WithRSAEncryption`…).
    public let signatureAlgorithm: String
    /// The hash in that signature algorithm (`sha256`, `sha1`, `md5`…), when known.
    public let signatureHash: String?
    /// The RSA modulus carries the fingerprint of keys made by the Infineon library (ROCA,
    /// CVE-2017-15361): the private key can be computed from the public one.
    public let hasROCAFingerprint: Bool
    /// For an RSA key: how lists of known-compromised keys name it (`WeakKeyDigest`).
    package let weakKeyDigest: WeakKeyDigest?

    /// Whether subject and issuer are the same name (self-issued, as SAML certificates usually are).
    public var isSelfIssued: Bool { subject == issuer }

    /// `RSA 2048`, `EC P-256`, `DSA 1024`.
    public var keyDescription: String {
        switch keyType {
        case .ec: return "EC " + (curve ?? "?")
        case .other: return keyAlgorithm
        default: return keyType.rawValue + (keyBits.map { " \($0)" } ?? "")
        }
    }

    /// Whole days from `now` until notAfter (negative once expired).
    public func daysLeft(at now: Date) -> Int? {
        notAfter.map { Int(($0.timeIntervalSince(now) / 86_400).rounded(.down)) }
    }

    /// The validity period in days.
    public var lifetimeDays: Int? {
        guard let notBefore, let notAfter else { return nil }
        return Int(notAfter.timeIntervalSince(notBefore) / 86_400)
    }
}

/// Why a ds:X509Certificate could not be read.
public enum CertificateProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The element is empty.
    case empty
    /// The text is not base64.
    case notBase64(String)
    /// The bytes are not a DER X.509 certificate.
    case notACertificate(String)

    /// Why, in a few words.
    public var description: String {
        switch self {
        case .empty: return "it is empty"
        case .notBase64(let detail): return "it is not valid base64: \(detail)"
        case .notACertificate(let detail): return "the base64 does not decode to an X.509 certificate: \(detail)"
        }
    }
}
