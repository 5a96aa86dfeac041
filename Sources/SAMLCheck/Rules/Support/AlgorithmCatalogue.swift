/// Algorithm URIs as the algorithm-support extension and md:EncryptionMethod use them
/// (Appendix A of the rule catalogue).
enum AlgorithmCatalogue {
    static let digests: [String: String] = [
        "http://www.w3.org/2001/04/xmldsig-more#md5": "md5",
        "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
        "http://www.w3.org/2001/04/xmldsig-more#sha224": "sha224",
        "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
        "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
        "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
        "http://www.w3.org/2001/04/xmlenc#ripemd160": "ripemd160",
        "http://www.w3.org/2007/05/xmldsig-more#sha3-224": "sha3-224",
        "http://www.w3.org/2007/05/xmldsig-more#sha3-256": "sha3-256",
        "http://www.w3.org/2007/05/xmldsig-more#sha3-384": "sha3-384",
        "http://www.w3.org/2007/05/xmldsig-more#sha3-512": "sha3-512",
    ]

    /// Signing method URIs with their key type and hash.
    static let signingMethods: [String: (key: String, hash: String)] = {
        var table: [String: (String, String)] = [
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1": ("RSA", "sha1"),
            "http://www.w3.org/2001/04/xmldsig-more#rsa-md5": ("RSA", "md5"),
            "http://www.w3.org/2001/04/xmldsig-more#rsa-ripemd160": ("RSA", "ripemd160"),
            "http://www.w3.org/2000/09/xmldsig#dsa-sha1": ("DSA", "sha1"),
            "http://www.w3.org/2009/xmldsig11#dsa-sha256": ("DSA", "sha256"),
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1": ("EC", "sha1"),
            "http://www.w3.org/2021/04/xmldsig-more#eddsa-ed25519": ("Ed25519", "-"),
            "http://www.w3.org/2000/09/xmldsig#hmac-sha1": ("HMAC", "sha1"),
        ]
        for hash in ["sha224", "sha256", "sha384", "sha512"] {
            table["http://www.w3.org/2001/04/xmldsig-more#rsa-\(hash)"] = ("RSA", hash)
            table["http://www.w3.org/2001/04/xmldsig-more#ecdsa-\(hash)"] = ("EC", hash)
            table["http://www.w3.org/2001/04/xmldsig-more#hmac-\(hash)"] = ("HMAC", hash)
            table["http://www.w3.org/2007/05/xmldsig-more#\(hash)-rsa-MGF1"] = ("RSA", hash)
        }
        return table
    }()

    enum EncryptionKind { case blockCBC, blockGCM, keyTransport, keyAgreement, keyWrap, derivation }

    static let encryption: [String: (kind: EncryptionKind, name: String)] = [
        "http://www.w3.org/2001/04/xmlenc#tripledes-cbc": (.blockCBC, "tripledes-cbc"),
        "http://www.w3.org/2001/04/xmlenc#aes128-cbc": (.blockCBC, "aes128-cbc"),
        "http://www.w3.org/2001/04/xmlenc#aes192-cbc": (.blockCBC, "aes192-cbc"),
        "http://www.w3.org/2001/04/xmlenc#aes256-cbc": (.blockCBC, "aes256-cbc"),
        "http://www.w3.org/2009/xmlenc11#aes128-gcm": (.blockGCM, "aes128-gcm"),
        "http://www.w3.org/2009/xmlenc11#aes192-gcm": (.blockGCM, "aes192-gcm"),
        "http://www.w3.org/2009/xmlenc11#aes256-gcm": (.blockGCM, "aes256-gcm"),
        "http://www.w3.org/2001/04/xmlenc#rsa-1_5": (.keyTransport, "rsa-1_5"),
        "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p": (.keyTransport, "rsa-oaep-mgf1p"),
        "http://www.w3.org/2009/xmlenc11#rsa-oaep": (.keyTransport, "rsa-oaep"),
        "http://www.w3.org/2009/xmlenc11#ECDH-ES": (.keyAgreement, "ECDH-ES"),
        "http://www.w3.org/2001/04/xmlenc#dh": (.keyAgreement, "dh"),
        "http://www.w3.org/2009/xmlenc11#dh-es": (.keyAgreement, "dh-es"),
        "http://www.w3.org/2001/04/xmlenc#kw-tripledes": (.keyWrap, "kw-tripledes"),
        "http://www.w3.org/2001/04/xmlenc#kw-aes128": (.keyWrap, "kw-aes128"),
        "http://www.w3.org/2001/04/xmlenc#kw-aes192": (.keyWrap, "kw-aes192"),
        "http://www.w3.org/2001/04/xmlenc#kw-aes256": (.keyWrap, "kw-aes256"),
        "http://www.w3.org/2009/xmlenc11#ConcatKDF": (.derivation, "ConcatKDF"),
        "http://www.w3.org/2009/xmlenc11#pbkdf2": (.derivation, "pbkdf2"),
    ]

    /// The alg:DigestMethod and alg:SigningMethod elements directly in some Extensions.
    static func declarations(in extensions: Extensions?) -> [ElementValue] {
        guard let extensions else { return [] }
        return extensions.elements.filter {
            $0.namespace == XMLNamespace.algsupport && ($0.localName == "DigestMethod" || $0.localName == "SigningMethod")
        }
    }
}

extension AlgorithmCatalogue {
    static let algNamespace = #"xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport""#

    /// Whether a URI is an algorithm this catalogue knows (digest, signing or encryption).
    static func isKnown(_ uri: String) -> Bool {
        digests[uri] != nil || signingMethods[uri] != nil || encryption[uri] != nil
    }

    /// A short name for messages: `rsa-sha256`, or the URI when unknown.
    static func shortName(_ uri: String) -> String {
        if let name = digests[uri] ?? encryption[uri]?.name { return name }
        if signingMethods[uri] != nil, let fragment = uri.split(separator: "#").last { return String(fragment) }
        return uri
    }

    /// Where alg:* declarations apply: the entity's own Extensions and each role's, each with
    /// the roles it governs (ALG §2.5: a role's own list replaces the entity's).
    static func declarationScopes(of entity: EntityDescriptor) -> [(declarations: [ElementValue], roles: [RoleDescriptor], site: String)] {
        var scopes: [([ElementValue], [RoleDescriptor], String)] = []
        let entityLevel = declarations(in: entity.extensions)
        if !entityLevel.isEmpty {
            scopes.append((entityLevel, entity.roles.filter { declarations(in: $0.extensions).isEmpty }, "EntityDescriptor"))
        }
        for role in entity.roles {
            let own = declarations(in: role.extensions)
            if !own.isEmpty { scopes.append((own, [role], role.kind.elementName)) }
        }
        return scopes
    }
}
