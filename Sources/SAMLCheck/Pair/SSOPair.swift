#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One side of an SSO pair: a checked metadata document and the entity chosen in it.
public struct PairSide: Sendable {
    /// Where the document came from (path, `-` or URL).
    public let source: String
    /// The document's model.
    public let document: MetadataDocument
    /// The entity chosen in it.
    public let entity: EntityDescriptor
    /// The role the pair uses: the SPSSODescriptor (or IDPSSODescriptor) that speaks SAML 2.0,
    /// else the first one.
    public let role: RoleDescriptor
    /// Every certificate of the document, inspected.
    public let certificates: CertificateIndex
    /// The document's signature verdict.
    public let signature: SignatureSummary
    /// How the document was fetched, when it came from a URL.
    public let fetch: FetchRecord?

    /// The entityID as reports show it.
    public var entityID: String { entity.displayID }
}

/// What the SP's AuthnRequest asks for, when the user gave it (`--acs-url`, or the request
/// itself with `--request`).
public struct SPRequest: Sendable, Hashable {
    /// Its AssertionConsumerServiceURL, if it names one.
    public let acsURL: String?
    /// Where it came from, for messages: `--acs-url` or `the AuthnRequest in FILE`.
    public let origin: String
    /// Its NameIDPolicy Format, if any.
    public let nameIDFormat: String?

    /// What an AuthnRequest named `origin` asks for.
    public init(acsURL: String?, origin: String, nameIDFormat: String? = nil) {
        self.acsURL = acsURL
        self.origin = origin
        self.nameIDFormat = nameIDFormat
    }
}

/// An SP and an IdP, each checked alone, that are to do SSO together: what the pair rules read.
public struct SSOPair: Sendable {
    /// The SP side.
    public let sp: PairSide
    /// The IdP side.
    public let idp: PairSide
    /// What the SP's AuthnRequest asks for (`--acs-url`, or read from `--request`), if known.
    public let request: SPRequest?
    /// The SP is Mattermost (`--profile Mattermost`): its side is read as Mattermost reads its
    /// own settings (HTTP-Redirect to the IdP's first SingleSignOnService, one POST ACS, the
    /// first signing key, AuthnRequest signing as AuthnRequestsSigned says).
    public let spIsMattermost: Bool
    /// The profiles selected (saml2int decides whether IdPs encrypt).
    public let profiles: Set<Profile>
    /// The run's clock.
    public let now: Date

    /// A pair of `sp` and `idp`, judged at `now` under `profiles`.
    public init(sp: PairSide, idp: PairSide, request: SPRequest?, spIsMattermost: Bool, profiles: Set<Profile>, now: Date) {
        self.sp = sp
        self.idp = idp
        self.request = request
        self.spIsMattermost = spIsMattermost
        self.profiles = profiles
        self.now = now
    }
}
