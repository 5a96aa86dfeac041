/// A rule profile: the body of requirements a rule comes from (see the catalogue's conventions).
///
/// `core`, `core-ext`, `sec-BP` and `ops` are on by default; the federation and deployment profiles
/// are opt-in and, when selected, both enable their rules and apply the catalogue's escalations
/// (`warning; error@saml2int`).
public enum Profile: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// OASIS SAML 2.0 core, bindings, profiles, metadata and Errata 05.
    case core
    /// OASIS post-2.0 metadata extensions and profiles (IOP, mdui, mdrpi, mdattr, algsupport…).
    case coreExt = "core-ext"
    /// Security best practice (W3C XML-DSig BP, NIST/BSI, OpenSAML practice).
    case secBP = "sec-BP"
    /// Operational: no specification mandate, but a known cause of outages.
    case ops
    /// Kantara SAML V2.0 Deployment Profile for Federation Interoperability (saml2int).
    case saml2int
    /// REFEDS specifications (MRPS, R&S, CoCo, Sirtfi, security contact).
    case refeds = "REFEDS"
    /// eduGAIN metadata profile and validator rules.
    case edugain = "eduGAIN"
    /// InCommon Baseline Expectations and endpoint guidance.
    case incommon = "InCommon"
    /// How Mattermost reads and serves SAML metadata.
    case mattermost = "Mattermost"

    /// The profiles on when none is selected.
    public static let defaults: Set<Profile> = [.core, .coreExt, .secBP, .ops]

    /// Profiles a user may add with `--profile`.
    public static let optional: [Profile] = [.saml2int, .refeds, .edugain, .incommon, .mattermost]

    /// Parses a profile name case-insensitively (`edugain`, `eduGAIN`, `sec-bp`, `secbp`).
    public init?(name: String) {
        let folded = name.lowercased().filter { $0 != "-" && $0 != "_" }
        guard let match = Profile.allCases.first(where: { $0.rawValue.lowercased().filter { $0 != "-" } == folded }) else {
            return nil
        }
        self = match
    }

    /// Profiles order as the catalogue lists them: the defaults first.
    public static func < (lhs: Profile, rhs: Profile) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
