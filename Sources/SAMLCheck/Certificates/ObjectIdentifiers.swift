/// The object identifiers certificates use for names, keys and signatures.
enum ObjectIdentifiers {
    static let attributeNames: [String: String] = [
        "2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O", "2.5.4.11": "OU",
        "2.5.4.5": "serialNumber", "2.5.4.4": "SN", "2.5.4.42": "GN", "2.5.4.12": "title", "2.5.4.9": "street",
        "2.5.4.17": "postalCode", "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
        "1.2.840.113549.1.9.1": "emailAddress", "0.9.2342.19200300.100.1.25": "DC", "0.9.2342.19200300.100.1.1": "UID",
    ]

    /// Signature algorithm OID → (name, hash).
    static let signatureAlgorithms: [String: (name: String, hash: String?)] = [
        "1.2.840.113549.1.1.2": ("md2WithRSAEncryption", "md2"),
        "1.2.840.113549.1.1.4": ("md5WithRSAEncryption", "md5"),
        "1.2.840.113549.1.1.5": ("sha1WithRSAEncryption", "sha1"),
        "1.3.14.3.2.29": ("sha1WithRSA", "sha1"),
        "1.2.840.113549.1.1.14": ("sha224WithRSAEncryption", "sha224"),
        "1.2.840.113549.1.1.11": ("sha256WithRSAEncryption", "sha256"),
        "1.2.840.113549.1.1.12": ("sha384WithRSAEncryption", "sha384"),
        "1.2.840.113549.1.1.13": ("sha512WithRSAEncryption", "sha512"),
        "1.2.840.113549.1.1.10": ("RSASSA-PSS", nil),
        "1.2.840.10045.4.1": ("ecdsa-with-SHA1", "sha1"),
        "1.2.840.10045.4.3.1": ("ecdsa-with-SHA224", "sha224"),
        "1.2.840.10045.4.3.2": ("ecdsa-with-SHA256", "sha256"),
        "1.2.840.10045.4.3.3": ("ecdsa-with-SHA384", "sha384"),
        "1.2.840.10045.4.3.4": ("ecdsa-with-SHA512", "sha512"),
        "1.2.840.10040.4.3": ("dsa-with-sha1", "sha1"),
        "2.16.840.1.101.3.4.3.1": ("dsa-with-sha224", "sha224"),
        "2.16.840.1.101.3.4.3.2": ("dsa-with-sha256", "sha256"),
        "1.3.101.112": ("Ed25519", nil),
        "1.3.101.113": ("Ed448", nil),
    ]

    /// Hash algorithm OIDs (as used inside RSASSA-PSS parameters).
    static let hashes: [String: String] = [
        "1.3.14.3.2.26": "sha1", "2.16.840.1.101.3.4.2.4": "sha224", "2.16.840.1.101.3.4.2.1": "sha256",
        "2.16.840.1.101.3.4.2.2": "sha384", "2.16.840.1.101.3.4.2.3": "sha512", "1.2.840.113549.2.5": "md5",
    ]

    static let rsaEncryption = "1.2.840.113549.1.1.1"
    static let rsaPSS = "1.2.840.113549.1.1.10"
    static let ecPublicKey = "1.2.840.10045.2.1"
    static let dsa = "1.2.840.10040.4.1"
    static let ed25519 = "1.3.101.112"
    static let ed448 = "1.3.101.113"

    /// Named curve OID → (name, bits).
    static let curves: [String: (name: String, bits: Int)] = [
        "1.2.840.10045.3.1.1": ("P-192", 192), "1.3.132.0.33": ("P-224", 224), "1.2.840.10045.3.1.7": ("P-256", 256),
        "1.3.132.0.34": ("P-384", 384), "1.3.132.0.35": ("P-521", 521), "1.3.132.0.10": ("secp256k1", 256),
        "1.3.36.3.3.2.8.1.1.1": ("brainpoolP160r1", 160), "1.3.36.3.3.2.8.1.1.3": ("brainpoolP192r1", 192),
        "1.3.36.3.3.2.8.1.1.5": ("brainpoolP224r1", 224), "1.3.36.3.3.2.8.1.1.7": ("brainpoolP256r1", 256),
        "1.3.36.3.3.2.8.1.1.9": ("brainpoolP320r1", 320), "1.3.36.3.3.2.8.1.1.11": ("brainpoolP384r1", 384),
        "1.3.36.3.3.2.8.1.1.13": ("brainpoolP512r1", 512),
    ]
}
