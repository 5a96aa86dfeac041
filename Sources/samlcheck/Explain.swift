import ArgumentParser
import SAMLCheck

/// `samlcheck explain ID`: a rule's documentation and examples, clippy-style.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: what it checks, why it matters, an example that triggers it, how to fix it.")

    @Argument(help: "The rule ID, such as EP-HTTPS.")
    var id: String

    func run() throws {
        guard let rule = RuleRegistry.rule(id: id) else {
            let suggestions = RuleRegistry.all.map { $0.description.id }.filter { $0.contains(id.uppercased()) || id.uppercased().contains($0) }
            var message = "no rule '\(id)'"
            if !suggestions.isEmpty { message += "; did you mean " + suggestions.prefix(5).joined(separator: ", ") + "?" }
            message += " (`samlcheck rules` lists them all)"
            throw CommandFailure(message: message)
        }
        Terminal.write(RuleExplanation.render(rule.description))
    }
}
