import ArgumentParser
import SAMLCheck

/// `samlcheck rules`: the rule catalogue as samlcheck implements it.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its default severity, profiles and title.")

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
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

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
