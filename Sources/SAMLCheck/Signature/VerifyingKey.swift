/// The public key that verified a signature, as OpenSSL describes it: what the rules judging
/// a signer's key (FED-EDUGAIN-SIGNER-RSA) read, whichever way the key was given (trust file,
/// pinned fingerprint, the signature's own KeyInfo).
public struct VerifyingKey: Sendable, Hashable {
    /// SHA-256 of the key's SubjectPublicKeyInfo.
    public let fingerprint: Fingerprint
    /// `RSA`, `EC`, `ED25519`… as OpenSSL names the key type.
    public let type: String
    /// The key size in bits (the modulus for RSA, the field for EC).
    public let bits: Int
}
