import ArgumentParser
import SAMLCheck
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Options that choose and grade rules, shared by the commands that run them. A configuration
/// file applies first; the command line adds to it and wins where both speak.
struct RuleSelectionOptions: ParsableArguments {
    @Option(name: .customLong("profile"), parsing: .singleValue,
            help: "Add a profile (saml2int, REFEDS, eduGAIN, InCommon, Mattermost); repeat or separate with commas.")
    var profiles: [String] = []

    @Option(help: "The time to check against, as an ISO-8601 date or dateTime in UTC (default: now).")
    var now: String?

    @Option(help: ArgumentHelp("Read this configuration file instead of looking for .samlcheck.json or .samlcheck.toml.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore configuration files.")
    var noConfig = false

    @Option(name: .customLong("disable"), parsing: .singleValue, help: ArgumentHelp("Turn a rule off; repeat for more.", valueName: "rule-id"))
    var disabled: [String] = []

    @Option(name: .customLong("enable"), parsing: .singleValue,
            help: ArgumentHelp("Turn a rule on even when none of its profiles is selected; repeat for more.", valueName: "rule-id"))
    var enabled: [String] = []

    @Option(name: .customLong("severity"), parsing: .singleValue,
            help: ArgumentHelp("Replace a rule's severity: ID=error|warning|info|off; repeat for more.", valueName: "id=level"))
    var severities: [String] = []

    @Option(name: .customLong("threshold"), parsing: .singleValue,
            help: ArgumentHelp("Set a threshold, e.g. certificateExpiryWarningDays=60 (see README); repeat for more.", valueName: "name=value"))
    var thresholds: [String] = []

    @Option(name: .customLong("weak-keys"), parsing: .singleValue,
            help: ArgumentHelp("Also look RSA keys up in this list of known-compromised keys (openssl-blacklist format, e.g. Debian's blacklist.RSA-2048); repeat for more.",
                               valueName: "file"))
    var weakKeys: [String] = []

    @Option(name: .customLong("registration-authority"),
            help: ArgumentHelp("The registrationAuthority every entity must carry (RPI-REGAUTH-MISMATCH, eduGAIN).", valueName: "uri"))
    var registrationAuthority: String?

    @Option(name: .customLong("registrant-domain"), parsing: .singleValue,
            help: ArgumentHelp("A DNS domain the registrant holds; entityIDs and scopes outside these are listed (FED-MRPS-DOMAIN). Repeat or separate with commas.",
                               valueName: "domain"))
    var registrantDomains: [String] = []

    @Option(name: .customLong("capability"), parsing: .singleValue,
            help: ArgumentHelp("An endpoint element or binding the deployment supports, e.g. SingleLogoutService or HTTP-POST; endpoints outside them are reported (ROLE-ADVERTISES-UNUSED). Repeat or separate with commas.",
                               valueName: "name"))
    var capabilities: [String] = []

    func ruleSettings() throws -> RuleSettings { try settingsAndSource().settings }

    /// The settings, and the configuration file they were read from (nil when none).
    func settingsAndSource() throws -> (settings: RuleSettings, configurationFile: String?) {
        var settings = RuleSettings(now: try clock())
        var source: String?
        if !noConfig {
            do {
                source = try config ?? ConfigurationFile.find(from: FileManager.default.currentDirectoryPath)
                if let source {
                    let configuration = try ConfigurationFile.load(source)
                    configuration.apply(to: &settings)
                    settings.weakKeyLists += try configuration.weakKeyLists()
                }
            } catch let error as ConfigurationError {
                throw CommandFailure(message: error.description)
            } catch let error as WeakKeyListError {
                throw CommandFailure(message: "\(source ?? "configuration"): weakKeys: \(error.description)")
            }
        }
        do {
            settings.weakKeyLists += try weakKeys.map { path throws(WeakKeyListError) in try WeakKeyList.load(path) }
        } catch {
            throw CommandFailure(message: "--weak-keys: \(error.description)")
        }
        do {
            try commandLineConfiguration().apply(to: &settings)
        } catch let error as ConfigurationError {
            throw CommandFailure(message: error.message)
        }
        return (settings, source)
    }

    /// The command-line options as a configuration, so they are checked exactly like a file.
    private func commandLineConfiguration() throws -> Configuration {
        var entries: [ConfigEntry] = []
        var profileNames: [ConfigValue] = []
        for name in profiles.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let trimmed = name.filter { $0 != " " }
            guard Profile(name: trimmed) != nil else {
                let known = Profile.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandFailure(message: "unknown profile '\(name)'; known profiles: \(known)")
            }
            profileNames.append(.string(trimmed))
        }
        entries.append(ConfigEntry(key: "profiles", value: .array(profileNames), line: nil))
        entries.append(ConfigEntry(key: "disable", value: .array(disabled.map { .string($0) }), line: nil))
        if let registrationAuthority {
            entries.append(ConfigEntry(key: "registrationAuthority", value: .string(registrationAuthority), line: nil))
        }
        let listed = { (values: [String]) -> ConfigValue in
            .array(values.flatMap { $0.split(separator: ",") }.map { .string(String($0).filter { $0 != " " }) })
        }
        entries.append(ConfigEntry(key: "registrantDomains", value: listed(registrantDomains), line: nil))
        entries.append(ConfigEntry(key: "capabilities", value: listed(capabilities), line: nil))
        entries.append(ConfigEntry(key: "enable", value: .array(enabled.map { .string($0) }), line: nil))
        entries.append(ConfigEntry(key: "severity", value: .table(try pairs(severities, option: "--severity").map { key, value in
            ConfigEntry(key: key, value: .string(value), line: nil)
        }), line: nil))
        // Names and values are checked by Configuration, as a file's are: one table, one message.
        entries.append(ConfigEntry(key: "thresholds", value: .table(try pairs(thresholds, option: "--threshold").map { key, value in
            ConfigEntry(key: key, value: Int(value).map { .integer($0) } ?? .string(value), line: nil)
        }), line: nil))
        do {
            return try Configuration(entries: entries)
        } catch {
            // The same checks as a file's, named after the option that set the value.
            let option: String
            switch error.key?.split(separator: ".", maxSplits: 1).map(String.init) {
            case let parts? where parts.first == "severity": option = "--severity" + (parts.count > 1 ? " \(parts[1])" : "")
            case let parts? where parts.first == "thresholds": option = "--threshold" + (parts.count > 1 ? " \(parts[1])" : "")
            case let parts? where parts.first == "profiles": option = "--profile"
            case let parts? where parts.first == "registrationAuthority": option = "--registration-authority"
            case let parts? where parts.first == "registrantDomains": option = "--registrant-domain"
            case let parts? where parts.first == "capabilities": option = "--capability"
            case let parts?: option = "--" + (parts.first ?? "")
            case nil: option = "options"
            }
            throw CommandFailure(message: "\(option): \(error.message)")
        }
    }

    private func pairs(_ values: [String], option: String) throws -> [(String, String)] {
        try values.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map { String($0).filter { $0 != " " } }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CommandFailure(message: "\(option) '\(text)' is not NAME=VALUE")
            }
            return (parts[0], parts[1])
        }
    }

    private func clock() throws -> Date { try Self.parseClock(now) }

    /// `--now` as a date: a date alone means midnight UTC; nil means the current time.
    static func parseClock(_ now: String?) throws -> Date {
        guard let now else { return Date() }
        let text = now.count == 10 ? now + "T00:00:00Z" : now
        guard let date = XSDateTime(text).date else {
            throw CommandFailure(message: "--now '\(now)' is not an ISO-8601 date or dateTime (for example 2026-11-29T12:00:00Z)")
        }
        return date
    }
}
