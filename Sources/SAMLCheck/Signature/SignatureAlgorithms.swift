/// Appendix A of the rule catalogue: what each XML-Signature algorithm URI is, and how samlcheck
/// treats it.
public enum SignatureAlgorithms {
    /// How a SignatureMethod or DigestMethod is judged.
    public enum Grade: Sendable, Hashable {
        /// RSA/ECDSA with SHA-2, SHA-2 digests.
        case accepted
        /// RSA-SHA1, ECDSA-SHA1, SHA-1 digest: refused unless SHA-1 is allowed.
        case sha1
        /// RSA-MD5 or an MD5 digest: always refused.
        case md5
        /// DSA: always refused.
        case dsa
        /// HMAC: a shared-secret MAC, forgeable by whoever holds the key bytes; always refused.
        case hmac
        /// A known algorithm this xmlsec build cannot verify (RSA-PSS before xmlsec 1.3).
        case unsupported
        /// Not an XML-Signature algorithm samlcheck knows.
        case unknown
    }

    /// RSA with SHA-1 (refused unless SHA-1 is allowed).
    public static let rsaSHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
    /// RSA with SHA-256.
    public static let rsaSHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    /// The SHA-1 digest.
    public static let sha1 = "http://www.w3.org/2000/09/xmldsig#sha1"
    /// The SHA-256 digest.
    public static let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"
    /// Exclusive canonicalization, the one the SAML signature profile requires.
    public static let exclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
    /// Exclusive canonicalization keeping comments.
    public static let exclusiveC14NWithComments = "http://www.w3.org/2001/10/xml-exc-c14n#WithComments"
    /// Inclusive canonicalization 1.0.
    public static let inclusiveC14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
    /// Inclusive canonicalization 1.0 keeping comments.
    public static let inclusiveC14NWithComments = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"
    /// Inclusive canonicalization 1.1.
    public static let inclusiveC14N11 = "http://www.w3.org/2006/12/xml-c14n11"
    /// Inclusive canonicalization 1.1 keeping comments.
    public static let inclusiveC14N11WithComments = "http://www.w3.org/2006/12/xml-c14n11#WithComments"
    /// The enveloped-signature transform.
    public static let envelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"

    static let signatureMethods: [String: (grade: Grade, name: String)] = [
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha224": (.accepted, "rsa-sha224"),
        rsaSHA256: (.accepted, "rsa-sha256"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": (.accepted, "rsa-sha384"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": (.accepted, "rsa-sha512"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha224": (.accepted, "ecdsa-sha224"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": (.accepted, "ecdsa-sha256"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384": (.accepted, "ecdsa-sha384"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512": (.accepted, "ecdsa-sha512"),
        rsaSHA1: (.sha1, "rsa-sha1"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1": (.sha1, "ecdsa-sha1"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-md5": (.md5, "rsa-md5"),
        "http://www.w3.org/2000/09/xmldsig#dsa-sha1": (.dsa, "dsa-sha1"),
        "http://www.w3.org/2009/xmldsig11#dsa-sha256": (.dsa, "dsa-sha256"),
        "http://www.w3.org/2000/09/xmldsig#hmac-sha1": (.hmac, "hmac-sha1"),
        "http://www.w3.org/2001/04/xmldsig-more#hmac-sha224": (.hmac, "hmac-sha224"),
        "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256": (.hmac, "hmac-sha256"),
        "http://www.w3.org/2001/04/xmldsig-more#hmac-sha384": (.hmac, "hmac-sha384"),
        "http://www.w3.org/2001/04/xmldsig-more#hmac-sha512": (.hmac, "hmac-sha512"),
        "http://www.w3.org/2001/04/xmldsig-more#hmac-md5": (.hmac, "hmac-md5"),
        "http://www.w3.org/2007/05/xmldsig-more#sha1-rsa-MGF1": (.unsupported, "rsa-pss-sha1"),
        "http://www.w3.org/2007/05/xmldsig-more#sha224-rsa-MGF1": (.unsupported, "rsa-pss-sha224"),
        "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1": (.unsupported, "rsa-pss-sha256"),
        "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1": (.unsupported, "rsa-pss-sha384"),
        "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1": (.unsupported, "rsa-pss-sha512"),
    ]

    static let digestMethods: [String: (grade: Grade, name: String)] = [
        "http://www.w3.org/2001/04/xmldsig-more#sha224": (.accepted, "sha224"),
        sha256: (.accepted, "sha256"),
        "http://www.w3.org/2001/04/xmldsig-more#sha384": (.accepted, "sha384"),
        "http://www.w3.org/2001/04/xmlenc#sha512": (.accepted, "sha512"),
        sha1: (.sha1, "sha1"),
        "http://www.w3.org/2001/04/xmldsig-more#md5": (.md5, "md5"),
    ]

    /// The grade and short name of a SignatureMethod URI.
    public static func signatureMethod(_ uri: String?) -> (grade: Grade, name: String) {
        guard let uri else { return (.unknown, "(none)") }
        return signatureMethods[uri] ?? (.unknown, uri)
    }

    /// The grade and short name of a DigestMethod URI.
    public static func digestMethod(_ uri: String?) -> (grade: Grade, name: String) {
        guard let uri else { return (.unknown, "(none)") }
        return digestMethods[uri] ?? (.unknown, uri)
    }

    /// Canonicalization: exclusive (preferred), inclusive (tolerated with a warning), or other.
    enum Canonicalization { case exclusive, inclusive, other }

    static func canonicalization(_ uri: String?) -> Canonicalization {
        switch uri {
        case exclusiveC14N?, exclusiveC14NWithComments?: return .exclusive
        case inclusiveC14N?, inclusiveC14NWithComments?, inclusiveC14N11?, inclusiveC14N11WithComments?: return .inclusive
        default: return .other
        }
    }

    /// Reference transforms the SAML profile allows.
    static let allowedTransforms: Set<String> = [envelopedSignature, exclusiveC14N, exclusiveC14NWithComments]
}
