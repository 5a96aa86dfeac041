/// The IdP software a metadata document was most likely written by, recognised by its entityID
/// and endpoint paths, with the defaults that decide what metadata cannot say (whether it
/// signs assertions, which ciphers it encrypts with). Findings that use it say it is inferred.
public enum IdPProduct: String, Sendable, CaseIterable {
    case adfs = "AD FS"
    case entra = "Microsoft Entra ID"
    case okta = "Okta"
    case keycloak = "Keycloak"
    case shibboleth = "the Shibboleth IdP"
    case simpleSAMLphp = "SimpleSAMLphp"

    /// The product an IdP's entityID and SingleSignOnService locations point to, if any.
    public static func recognise(_ side: PairSide) -> IdPProduct? {
        let entityID = side.entity.entityID?.lowercased() ?? ""
        let locations = side.role.endpoints.compactMap { $0.location?.lowercased() }
        func anyLocation(_ fragment: String) -> Bool { locations.contains { $0.contains(fragment) } }
        if entityID.contains("/adfs/services/trust") || anyLocation("/adfs/ls") { return .adfs }
        if entityID.hasPrefix("https://sts.windows.net/") || anyLocation("login.microsoftonline.com") { return .entra }
        if entityID.hasPrefix("http://www.okta.com/") || anyLocation(".okta.com/") || anyLocation(".oktapreview.com/") { return .okta }
        if anyLocation("/realms/") && anyLocation("/protocol/saml") { return .keycloak }
        if entityID.hasSuffix("/idp/shibboleth") || anyLocation("/idp/profile/saml2/") { return .shibboleth }
        if anyLocation("/saml2/idp/ssoservice.php") || anyLocation("/module.php/saml/idp/") { return .simpleSAMLphp }
        return nil
    }

    /// Whether the product signs each Assertion out of the box (nil: it depends).
    public var signsAssertionsByDefault: Bool? {
        switch self {
        case .adfs, .entra, .okta, .simpleSAMLphp: return true
        // Keycloak signs the document ("Sign documents"); "Sign assertions" is off by default.
        // The Shibboleth IdP signs the Response; signAssertions is false by default.
        case .keycloak, .shibboleth: return false
        }
    }

    /// Whether the product can encrypt with AES-GCM (nil: not known).
    public var encryptsWithGCM: Bool? {
        switch self {
        case .adfs, .entra: return false
        case .shibboleth, .okta: return true
        case .keycloak, .simpleSAMLphp: return nil
        }
    }

    /// Whether the product can wrap the content key for an EC (not RSA) encryption key.
    public var encryptsToECKeys: Bool? {
        switch self {
        case .adfs, .entra, .okta: return false
        case .shibboleth, .keycloak, .simpleSAMLphp: return nil
        }
    }
}
