/// Namespace URIs that SAML metadata uses.
public enum XMLNamespace {
    /// SAML 2.0 metadata (`md:`).
    public static let metadata = "urn:oasis:names:tc:SAML:2.0:metadata"
    /// SAML 2.0 assertions (`saml:`).
    public static let assertion = "urn:oasis:names:tc:SAML:2.0:assertion"
    /// SAML 2.0 protocol (`samlp:`).
    public static let protocolNS = "urn:oasis:names:tc:SAML:2.0:protocol"
    /// XML Signature (`ds:`).
    public static let xmldsig = "http://www.w3.org/2000/09/xmldsig#"
    /// XML Signature 1.1 (`ds11:`).
    public static let xmldsig11 = "http://www.w3.org/2009/xmldsig11#"
    /// XML Encryption (`xenc:`).
    public static let xmlenc = "http://www.w3.org/2001/04/xmlenc#"
    /// XML Encryption 1.1 (`xenc11:`).
    public static let xmlenc11 = "http://www.w3.org/2009/xmlenc11#"
    /// Exclusive canonicalization's InclusiveNamespaces (`ec:`).
    public static let excC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
    /// Metadata UI extensions (`mdui:`).
    public static let mdui = "urn:oasis:names:tc:SAML:metadata:ui"
    /// Registration and publication information (`mdrpi:`).
    public static let mdrpi = "urn:oasis:names:tc:SAML:metadata:rpi"
    /// Entity attributes (`mdattr:`).
    public static let mdattr = "urn:oasis:names:tc:SAML:metadata:attribute"
    /// Algorithm support (`alg:`).
    public static let algsupport = "urn:oasis:names:tc:SAML:metadata:algsupport"
    /// The IdP discovery protocol (`idpdisc:`).
    public static let idpDiscovery = "urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"
    /// The request initiation protocol (`init:`).
    public static let requestInitiation = "urn:oasis:names:tc:SAML:profiles:SSO:request-init"
    /// Shibboleth metadata extensions (`shibmd:`, Scope).
    public static let shibmd = "urn:mace:shibboleth:metadata:1.0"
    /// REFEDS metadata extensions (`remd:`, security contacts).
    public static let refeds = "http://refeds.org/metadata"
    /// XML Schema instance (`xsi:type`).
    public static let xsi = "http://www.w3.org/2001/XMLSchema-instance"
    /// The `xml:` namespace (`xml:lang`).
    public static let xml = "http://www.w3.org/XML/1998/namespace"
    /// WS-Federation (roles some metadata carries).
    public static let wsFederation = "http://docs.oasis-open.org/wsfed/federation/200706"
    /// SAML 1.x metadata profile extensions.
    public static let saml1Metadata = "urn:oasis:names:tc:SAML:profiles:v1metadata"

    /// Namespaces defined by the SAML specifications themselves (not for use in md:Extensions).
    public static let samlDefined: Set<String> = [
        metadata, assertion, protocolNS,
        "urn:oasis:names:tc:SAML:1.0:assertion", "urn:oasis:names:tc:SAML:1.0:protocol",
    ]
}
