import ArgumentParser
import SAMLCheck

/// `samlcheck rules`: the rule catalogue as samlcheck implements it.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its default severity, profiles and title.")

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .customLong("profile"), parsing: .singleValue,
            help: "List what this profile adds and escalates instead (saml2int, REFEDS, eduGAIN, InCommon, Mattermost…); repeat or separate with commas.")
    var profiles: [String] = []

    func validate() throws {
        for name in profileNames where Profile(name: name) == nil {
            throw ValidationError("unknown profile '\(name)'; known profiles: \(Profile.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    private var profileNames: [String] { profiles.flatMap { $0.split(separator: ",").map { String($0).filter { $0 != " " } } } }

    func run() throws {
        let effects = profileNames.compactMap(Profile.init(name:)).map { ProfileEffect($0) }
        if !effects.isEmpty {
            Terminal.write(format == .json ? RuleCatalogueJSON.render(effects) : Self.text(effects))
            return
        }
        switch format {
        case .text:
            var out = ""
            let idWidth = RuleRegistry.all.map { $0.description.id.count }.max() ?? 10
            let severityWidth = RuleRegistry.all.map { $0.description.severityNotation.count }.max() ?? 7
            for rule in RuleRegistry.all.map({ $0.description }) {
                let profiles = rule.profiles.map(\.rawValue).joined(separator: ",")
                out += rule.id.padding(idWidth) + "  " + rule.severityNotation.padding(severityWidth) + "  "
                    + profiles.padding(24) + "  " + rule.title + "\n"
            }
            out += "\(RuleRegistry.all.count) rules. `samlcheck explain ID` shows one in full.\n"
            Terminal.write(out)
        case .json:
            Terminal.write(RuleCatalogueJSON.render(RuleRegistry.all.map { $0.description }))
        }
    }
}

extension RulesCommand {
    /// Per profile: the rules it turns on, then the severities it raises.
    static func text(_ effects: [ProfileEffect]) -> String {
        var out = ""
        for effect in effects {
            let defaultNote = Profile.defaults.contains(effect.profile) ? " (a default profile: its rules always run)" : ""
            out += "\(effect.profile.rawValue)\(defaultNote): adds \(effect.adds.count) rule\(effect.adds.count == 1 ? "" : "s"), escalates \(effect.escalates.count)\n"
            let width = (effect.adds.map(\.id) + effect.escalates.map(\.rule.id)).map(\.count).max() ?? 10
            for rule in effect.adds {
                out += "  + " + rule.id.padding(width) + "  " + rule.severity(startingFrom: rule.severity, profiles: [effect.profile]).rawValue.padding(7) + "  " + rule.title + "\n"
            }
            for escalation in effect.escalates {
                let rule = escalation.rule, severity = escalation.severity
                out += "  ^ " + rule.id.padding(width) + "  " + rule.severity.rawValue + " → " + severity.rawValue + "  " + rule.title + "\n"
            }
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
