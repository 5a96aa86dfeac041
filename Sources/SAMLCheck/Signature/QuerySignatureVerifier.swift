internal import COpenSSL

/// Verifies the HTTP-Redirect binding's signature (SAML bindings §3.4.4.1): the `Signature`
/// parameter over the exact octets `SAMLRequest=…&RelayState=…&SigAlg=…` as received, with the
/// algorithm `SigAlg` names. No XML is involved, so xmlsec is not either: OpenSSL verifies.
enum QuerySignatureVerifier {
    /// What one attempt with one key found.
    enum Outcome: Equatable {
        case verified
        case mismatch
        /// The algorithm is not one samlcheck accepts, or the key does not fit it.
        case unusable(String)
    }

    /// The digest of each accepted `SigAlg` (SHA-1 only when allowed).
    static func digest(of algorithm: String, allowSHA1: Bool) -> OpaquePointer? {
        switch algorithm {
        case "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": return EVP_sha256()
        case "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384": return EVP_sha384()
        case "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512": return EVP_sha512()
        case "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1": return allowSHA1 ? EVP_sha1() : nil
        default: return nil
        }
    }

    static func verify(octets: String, algorithm: String, signature: [UInt8], anchor: TrustAnchor, allowSHA1: Bool) -> Outcome {
        guard let digest = digest(of: algorithm, allowSHA1: allowSHA1) else {
            return .unusable("SigAlg \(algorithm) is not an accepted signature algorithm" + (algorithm.hasSuffix("sha1") ? " (SHA-1 needs --allow-sha1)" : ""))
        }
        let key: OwnedPublicKey?
        if anchor.isCertificate {
            key = OwnedX509.fromDER(anchor.der).flatMap { certificate in
                X509_get_pubkey(certificate.pointer).map(OwnedPublicKey.init)
            }
        } else {
            key = OwnedPublicKey.fromDER(anchor.der)
        }
        guard let key, let context = EVP_MD_CTX_new() else { return .unusable("the key \(anchor.fingerprint) could not be loaded") }
        defer { EVP_MD_CTX_free(context); ERR_clear_error() }
        guard EVP_DigestVerifyInit(context, nil, digest, nil, key.pointer) == 1 else {
            return .unusable("the key \(anchor.fingerprint) does not fit \(algorithm)")
        }
        let bytes = Array(octets.utf8)
        let result = signature.withUnsafeBufferPointer { signatureBuffer in
            bytes.withUnsafeBufferPointer { data in
                EVP_DigestVerify(context, signatureBuffer.baseAddress, signatureBuffer.count, data.baseAddress, data.count)
            }
        }
        return result == 1 ? .verified : .mismatch
    }
}
