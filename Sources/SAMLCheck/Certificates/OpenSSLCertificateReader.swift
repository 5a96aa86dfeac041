#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
internal import COpenSSL

/// The same facts as ``CertificateDecoder``, read by OpenSSL's `d2i_X509`. It is the reference the
/// light DER reader is checked against (tests) and measured against (`samlcheck-bench`); it costs
/// ~180 µs per certificate on OpenSSL 3.0, which is why the pipeline does not use it.
package enum OpenSSLCertificateReader {
    package struct Facts: Sendable, Hashable {
        package let notBefore: Date?
        package let notAfter: Date?
        package let keyBits: Int
        /// `RSA`, `EC`, `DSA`, `ED25519`… as OpenSSL names the key type.
        package let keyType: String
        /// OpenSSL's long name of the signature algorithm.
        package let signatureAlgorithm: String
    }

    package static func read(der: [UInt8]) -> Facts? {
        guard let certificate = OwnedX509.fromDER(der) else { return nil }
        let key = X509_get0_pubkey(certificate.pointer)
        let keyBits = key.map { Int(EVP_PKEY_get_bits($0)) } ?? 0
        let keyID = key.map { EVP_PKEY_get_base_id($0) } ?? 0
        let keyType = keyID == 0 ? "" : (OBJ_nid2sn(keyID).map { String(cString: $0) } ?? "")
        let signatureID = X509_get_signature_nid(certificate.pointer)
        let signatureName = OBJ_nid2ln(signatureID).map { String(cString: $0) } ?? ""
        return Facts(notBefore: date(X509_get0_notBefore(certificate.pointer)), notAfter: date(X509_get0_notAfter(certificate.pointer)),
                     keyBits: keyBits, keyType: keyType, signatureAlgorithm: signatureName)
    }

    private static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date? {
        guard let time else { return nil }
        var parts = tm()
        guard ASN1_TIME_to_tm(time, &parts) == 1 else { return nil }
        return Date(timeIntervalSince1970: Double(timegm(&parts)))
    }
}
