/// Namespace URIs that SAML metadata uses.
public enum XMLNamespace {
    public static let metadata = "urn:oasis:names:tc:SAML:2.0:metadata"
    public static let assertion = "urn:oasis:names:tc:SAML:2.0:assertion"
    public static let protocolNS = "urn:oasis:names:tc:SAML:2.0:protocol"
    public static let xmldsig = "http://www.w3.org/2000/09/xmldsig#"
    public static let xmldsig11 = "http://www.w3.org/2009/xmldsig11#"
    public static let xmlenc = "http://www.w3.org/2001/04/xmlenc#"
    public static let xmlenc11 = "http://www.w3.org/2009/xmlenc11#"
    public static let excC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
    public static let mdui = "urn:oasis:names:tc:SAML:metadata:ui"
    public static let mdrpi = "urn:oasis:names:tc:SAML:metadata:rpi"
    public static let mdattr = "urn:oasis:names:tc:SAML:metadata:attribute"
    public static let algsupport = "urn:oasis:names:tc:SAML:metadata:algsupport"
    public static let idpDiscovery = "urn:oasis:names:tc:SAML:profiles:SSO:idp-discovery-protocol"
    public static let requestInitiation = "urn:oasis:names:tc:SAML:profiles:SSO:request-init"
    public static let shibmd = "urn:mace:shibboleth:metadata:1.0"
    public static let refeds = "http://refeds.org/metadata"
    public static let xsi = "http://www.w3.org/2001/XMLSchema-instance"
    public static let xml = "http://www.w3.org/XML/1998/namespace"
    public static let wsFederation = "http://docs.oasis-open.org/wsfed/federation/200706"
    public static let saml1Metadata = "urn:oasis:names:tc:SAML:profiles:v1metadata"

    /// Namespaces defined by the SAML specifications themselves (not for use in md:Extensions).
    public static let samlDefined: Set<String> = [
        metadata, assertion, protocolNS,
        "urn:oasis:names:tc:SAML:1.0:assertion", "urn:oasis:names:tc:SAML:1.0:protocol",
    ]
}
