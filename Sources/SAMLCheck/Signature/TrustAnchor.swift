/// A key the user trusts to sign metadata: from a certificate (PEM or DER) or a public key (PEM or
/// DER). Only the key counts, as the Metadata Interoperability Profile requires: a certificate's
/// dates, issuer and extensions never affect verification.
public struct TrustAnchor: Sendable, Hashable {
    /// Where the anchor came from, for messages (a file name).
    public let name: String
    /// SHA-256 of the certificate DER; nil when the anchor is a bare public key.
    public let certificateFingerprint: Fingerprint?
    /// SHA-256 of the SubjectPublicKeyInfo DER.
    public let keyFingerprint: Fingerprint
    /// The certificate subject, when there is a certificate.
    public let subject: String?
    /// DER of the certificate, or of the public key.
    let der: [UInt8]
    let isCertificate: Bool

    /// The fingerprint shown to users: the certificate's when there is one.
    public var fingerprint: Fingerprint { certificateFingerprint ?? keyFingerprint }

    /// Reads every anchor in a file's contents: PEM certificates (several in a bundle), a DER
    /// certificate, or a public key in PEM or DER.
    public static func load(_ contents: [UInt8], name: String) throws(TrustAnchorError) -> [TrustAnchor] {
        let certificates = OwnedX509.allFromPEM(contents)
        if !certificates.isEmpty {
            return certificates.map { TrustAnchor(certificate: $0, name: name) }
        }
        if let certificate = OwnedX509.fromDER(contents) {
            return [TrustAnchor(certificate: certificate, name: name)]
        }
        if let key = OwnedPublicKey.fromPEM(contents) ?? OwnedPublicKey.fromDER(contents) {
            let der = key.der
            return [TrustAnchor(name: name, certificateFingerprint: nil, keyFingerprint: Fingerprint(sha256Of: der),
                                subject: nil, der: der, isCertificate: false)]
        }
        if String(decoding: contents.prefix(200), as: UTF8.self).contains("PRIVATE KEY") {
            throw TrustAnchorError(name: name, reason: "it holds a private key; give the certificate or public key instead")
        }
        throw TrustAnchorError(name: name, reason: "it is not a PEM or DER certificate or public key")
    }

    private init(certificate: OwnedX509, name: String) {
        let der = certificate.der
        self.init(name: name, certificateFingerprint: Fingerprint(sha256Of: der),
                  keyFingerprint: Fingerprint(sha256Of: certificate.publicKeyDER), subject: certificate.subject,
                  der: der, isCertificate: true)
    }

    private init(name: String, certificateFingerprint: Fingerprint?, keyFingerprint: Fingerprint, subject: String?,
                 der: [UInt8], isCertificate: Bool) {
        self.name = name
        self.certificateFingerprint = certificateFingerprint
        self.keyFingerprint = keyFingerprint
        self.subject = subject
        self.der = der
        self.isCertificate = isCertificate
    }
}

/// A trust input that could not be read: the check cannot run (exit 2).
public struct TrustAnchorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the anchor was to come from.
    public let name: String
    /// Why it cannot be used.
    public let reason: String
    /// One line naming the file and the reason.
    public var description: String { "cannot use \(name) as a trust anchor: \(reason)" }
}

/// What the signature checks require and trust.
public struct SignaturePolicy: Sendable, Hashable {
    /// Keys that may sign the metadata (`--trust`).
    public var anchors: [TrustAnchor]
    /// SHA-256 fingerprints of certificates that may sign it (`--trust-fingerprint`).
    public var pinnedFingerprints: [Fingerprint]
    /// Require a signature even without trust input (`--require-signature`).
    public var requireSignature: Bool
    /// Accept RSA-SHA1/ECDSA-SHA1 signatures and SHA-1 digests (reported as warnings).
    public var allowSHA1: Bool

    /// A policy trusting `anchors` and `pinnedFingerprints`; with neither, signatures are checked for
    /// integrity only.
    public init(anchors: [TrustAnchor] = [], pinnedFingerprints: [Fingerprint] = [], requireSignature: Bool = false,
                allowSHA1: Bool = false) {
        self.anchors = anchors
        self.pinnedFingerprints = pinnedFingerprints
        self.requireSignature = requireSignature
        self.allowSHA1 = allowSHA1
    }

    /// Whether any trust input was given.
    public var hasTrustInput: Bool { !anchors.isEmpty || !pinnedFingerprints.isEmpty }

    /// Whether a missing root signature is an error.
    public var signatureRequired: Bool { requireSignature || hasTrustInput }
}
