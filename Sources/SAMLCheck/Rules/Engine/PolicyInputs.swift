/// What an operator knows that metadata cannot say, for the rules that compare metadata with it.
/// Each is empty unless given (configuration keys of the same names, or the command line); a rule
/// whose input is empty has nothing to compare with and reports nothing, as `explain` says.
public struct PolicyInputs: Sendable, Hashable {
    /// RPI-REGAUTH-MISMATCH: the registrationAuthority every entity of the feed must carry
    /// (eduGAIN compares it with the federation's registered one).
    public var registrationAuthority: String?
    /// FED-MRPS-DOMAIN: DNS domains the registrant is known to hold; entityID hosts and scopes
    /// under none of them are listed for a manual check.
    public var registrantDomains: [String] = []
    /// ROLE-ADVERTISES-UNUSED: what the deployment supports, as endpoint element names
    /// (`SingleLogoutService`) and binding names (`HTTP-POST`, or the binding URI).
    public var capabilities: [String] = []

    /// Inputs with the given facts; empty ones leave their rules nothing to compare with.
    public init(registrationAuthority: String? = nil, registrantDomains: [String] = [], capabilities: [String] = []) {
        self.registrationAuthority = registrationAuthority
        self.registrantDomains = registrantDomains
        self.capabilities = capabilities
    }

    /// The inputs as the command-line options that give them, for `explain`'s examples.
    var commandLine: [String] {
        var options: [String] = []
        if let registrationAuthority { options.append("--registration-authority \(registrationAuthority)") }
        if !registrantDomains.isEmpty { options.append("--registrant-domain " + registrantDomains.joined(separator: ",")) }
        if !capabilities.isEmpty { options.append("--capability " + capabilities.joined(separator: ",")) }
        return options
    }

    /// The capability names `capabilities` may hold: endpoint element names and binding short
    /// names (binding URIs are accepted too).
    public static let capabilityNames: [String] = EndpointKind.allCases.map(\.rawValue)
        + SAMLBinding.allCases.filter { !$0.shortName.contains(" ") }.map(\.shortName)

    /// The endpoint kinds and binding URIs `capabilities` names; nil when the name is neither.
    static func capability(_ name: String) -> Capability? {
        if let kind = EndpointKind(rawValue: name) { return .endpoint(kind) }
        if let binding = SAMLBinding(rawValue: name) { return .binding(binding.rawValue) }
        if let binding = SAMLBinding.allCases.first(where: { $0.shortName.caseInsensitiveEquals(name) }) { return .binding(binding.rawValue) }
        return nil
    }

    enum Capability: Hashable {
        case endpoint(EndpointKind)
        case binding(String)
    }
}

private extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
