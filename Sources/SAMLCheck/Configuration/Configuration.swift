/// What a configuration file (`.samlcheck.json` or `.samlcheck.toml`) says: profiles to add,
/// rules to turn off or on, severities to replace, thresholds to change.
///
/// ```toml
/// profiles = ["saml2int"]
/// disable = ["UI-LOGO-LONG"]
/// weakKeys = ["/usr/share/openssl-blacklist/blacklist.RSA-2048"]
/// registrationAuthority = "https://www.northwind-federation.org"
/// registrantDomains = ["northwind.edu"]
/// capabilities = ["SingleSignOnService", "AssertionConsumerService", "HTTP-POST", "HTTP-Redirect"]
/// [severity]
/// MD-CONTACT-MAILTO = "error"
/// [thresholds]
/// certificateExpiryWarningDays = 60
/// ```
public struct Configuration: Sendable, Hashable {
    /// Profiles to add to the defaults.
    public var profiles: Set<Profile> = []
    /// Rule IDs to turn off.
    public var disabledRules: Set<String> = []
    /// Rule IDs to turn on whatever their profiles.
    public var enabledRules: Set<String> = []
    /// Severities that replace the catalogue's, by rule ID.
    public var severityOverrides: [String: Severity] = [:]
    /// Thresholds the file sets, by ``Thresholds`` field name.
    public var thresholds: [String: Int] = [:]
    /// Files of known-compromised RSA keys to add to the shipped lists (relative paths in a file
    /// are relative to the file's directory).
    public var weakKeyFiles: [String] = []
    /// The federation and deployment facts rules compare with (see ``PolicyInputs``).
    public var inputs = PolicyInputs()

    /// A configuration that changes nothing.
    public init() {}

    /// The top-level keys a configuration may have.
    public static let keys = ["profiles", "disable", "enable", "severity", "thresholds", "weakKeys",
                              "registrationAuthority", "registrantDomains", "capabilities"]

    /// The configurable thresholds by name (``Thresholds/fields``).
    public static var thresholdNames: [String] { Thresholds.fields.map(\.name) }

    /// The ``Thresholds`` field a threshold name sets.
    public static func thresholdField(_ name: String) -> WritableKeyPath<Thresholds, Int>? {
        Thresholds.field(named: name)?.keyPath
    }

    /// Interprets a parsed file; every unknown key, rule ID, profile or severity is an error that names it.
    public init(entries: [ConfigEntry]) throws(ConfigurationError) {
        for entry in entries {
            switch entry.key {
            case "profiles":
                for name in try Self.strings(entry) {
                    guard let profile = Profile(name: name) else {
                        throw ConfigurationError(key: "profiles", line: entry.line,
                                                 message: "unknown profile '\(name)'; known: \(Profile.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    profiles.insert(profile)
                }
            case "disable":
                disabledRules.formUnion(try Self.strings(entry).map { id throws(ConfigurationError) in try Self.ruleID(id, key: "disable", line: entry.line) })
            case "enable":
                enabledRules.formUnion(try Self.strings(entry).map { id throws(ConfigurationError) in try Self.ruleID(id, key: "enable", line: entry.line) })
            case "severity":
                for item in try Self.table(entry) {
                    let id = try Self.ruleID(item.key, key: "severity.\(item.key)", line: item.line)
                    guard case .string(let level) = item.value else {
                        throw ConfigurationError(key: "severity.\(item.key)", line: item.line, message: "must be \"error\", \"warning\", \"info\" or \"off\", not \(item.value.kind)")
                    }
                    if level == "off" {
                        disabledRules.insert(id)
                    } else if let severity = Severity(rawValue: level) {
                        severityOverrides[id] = severity
                    } else {
                        throw ConfigurationError(key: "severity.\(item.key)", line: item.line, message: "'\(level)' is not error, warning, info or off")
                    }
                }
            case "thresholds":
                for item in try Self.table(entry) {
                    guard Self.thresholdField(item.key) != nil else {
                        throw ConfigurationError(key: "thresholds.\(item.key)", line: item.line,
                                                 message: "unknown threshold; known: \(Self.thresholdNames.joined(separator: ", "))")
                    }
                    guard case .integer(let value) = item.value, value >= 0 else {
                        throw ConfigurationError(key: "thresholds.\(item.key)", line: item.line, message: "must be a non-negative integer")
                    }
                    thresholds[item.key] = value
                }
            case "weakKeys":
                weakKeyFiles += try Self.strings(entry)
            case "registrationAuthority":
                guard case .string(let authority) = entry.value, !authority.isBlank else {
                    throw ConfigurationError(key: entry.key, line: entry.line, message: "must be a non-empty string (the authority's URI)")
                }
                inputs.registrationAuthority = authority.trimmingWhitespace()
            case "registrantDomains":
                for domain in try Self.strings(entry) {
                    let lowered = domain.trimmingWhitespace().lowercased()
                    guard !lowered.isEmpty, !lowered.contains("/"), !lowered.contains(":") else {
                        throw ConfigurationError(key: entry.key, line: entry.line, message: "'\(domain)' is not a DNS domain (write northwind.edu, not a URL)")
                    }
                    inputs.registrantDomains.append(lowered)
                }
            case "capabilities":
                for name in try Self.strings(entry) {
                    guard PolicyInputs.capability(name) != nil else {
                        throw ConfigurationError(key: entry.key, line: entry.line,
                                                 message: "unknown capability '\(name)'; known: \(PolicyInputs.capabilityNames.joined(separator: ", "))")
                    }
                    inputs.capabilities.append(name)
                }
            default:
                throw ConfigurationError(key: entry.key, line: entry.line, message: "unknown key; known keys: \(Self.keys.joined(separator: ", "))")
            }
        }
        if let both = disabledRules.intersection(enabledRules).sorted().first {
            throw ConfigurationError(key: "enable", line: nil, message: "\(both) is both enabled and disabled")
        }
    }

    /// The weak-key lists the configuration names, read (a list that cannot be read or is not in
    /// the openssl-blacklist format is an error naming it).
    public func weakKeyLists() throws(WeakKeyListError) -> [WeakKeyList] {
        try weakKeyFiles.map { path throws(WeakKeyListError) in try WeakKeyList.load(path) }
    }

    /// Applies the configuration to settings: profiles are added, rules and severities replaced.
    public func apply(to settings: inout RuleSettings) {
        settings.profiles.formUnion(profiles)
        settings.disabledRules.formUnion(disabledRules)
        settings.enabledRules.formUnion(enabledRules)
        settings.severityOverrides.merge(severityOverrides) { _, new in new }
        if let authority = inputs.registrationAuthority { settings.inputs.registrationAuthority = authority }
        settings.inputs.registrantDomains += inputs.registrantDomains
        settings.inputs.capabilities += inputs.capabilities
        for (name, value) in thresholds {
            if let field = Self.thresholdField(name) { settings.thresholds[keyPath: field] = value }
        }
    }

    private static func strings(_ entry: ConfigEntry) throws(ConfigurationError) -> [String] {
        guard case .array(let items) = entry.value else {
            throw ConfigurationError(key: entry.key, line: entry.line, message: "must be an array of strings, not \(entry.value.kind)")
        }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else {
                throw ConfigurationError(key: entry.key, line: entry.line, message: "must hold only strings, not \(item.kind)")
            }
            result.append(text)
        }
        return result
    }

    private static func table(_ entry: ConfigEntry) throws(ConfigurationError) -> [ConfigEntry] {
        guard case .table(let items) = entry.value else {
            throw ConfigurationError(key: entry.key, line: entry.line, message: "must be a table, not \(entry.value.kind)")
        }
        return items
    }

    /// The rule's ID as the catalogue spells it (IDs are matched case-insensitively: `md-contact-mailto`
    /// is MD-CONTACT-MAILTO); an unknown one is an error that suggests the nearest.
    private static func ruleID(_ id: String, key: String, line: Int?) throws(ConfigurationError) -> String {
        guard let rule = RuleRegistry.rule(id: id) else {
            throw ConfigurationError(key: key, line: line, message: RuleRegistry.unknownIDMessage(id))
        }
        return rule.description.id
    }
}

/// A configuration file that cannot be used: which file, which key, what is wrong.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file, when the problem is in one.
    public var file: String?
    /// The key (`severity.EP-HTTPS`), when one is at fault.
    public let key: String?
    /// The line of the key in the file, when known.
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// An error about `key` at `line` of `file`.
    public init(file: String? = nil, key: String?, line: Int?, message: String) {
        self.file = file
        self.key = key
        self.line = line
        self.message = message
    }

    /// One line: file, line, key and what is wrong.
    public var description: String {
        var location = file ?? "configuration"
        if let line { location += ":\(line)" }
        if let key { return "\(location): \(key): \(message)" }
        return "\(location): \(message)"
    }
}
