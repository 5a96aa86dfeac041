import ArgumentParser
import SAMLCheck

/// `samlcheck explain ID`: a rule's documentation and examples, clippy-style.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a rule: what it checks, why it matters, an example that triggers it, how to fix it.")

    @Argument(help: "The rule ID, such as EP-HTTPS.")
    var id: String

    func run() throws {
        guard let rule = RuleRegistry.rule(id: id) else { throw CommandFailure(message: RuleRegistry.unknownIDMessage(id)) }
        Terminal.write(RuleExplanation.render(rule.description))
    }
}
