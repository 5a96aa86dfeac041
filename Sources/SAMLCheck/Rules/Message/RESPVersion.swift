/// RESP-VERSION: SAML 2.0 messages and assertions say Version="2.0".
struct RESPVersion: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-VERSION",
        title: "Version is 2.0 on the message and its assertions",
        severity: .error,
        profiles: [.core],
        citation: "CORE §3.2.2, §2.3.3",
        rationale: "A SAML 2.0 receiver must reject a message or assertion whose Version is not \"2.0\" (VersionMismatch); a wrong value usually means a SAML 1.1 component or a hand-made message.",
        hint: "Send Version=\"2.0\" on the message and on every Assertion.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID=\"_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a\" Version=\"2.0\"", "↓<saml:Assertion ID=\"_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a\" Version=\"1.1\"")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        if message.message.kind != .assertion, message.message.version != "2.0" {
            context.report("The \(message.message.kind.rawValue) has Version=\(message.message.version.map { "\"\($0)\"" } ?? " missing"); it must be \"2.0\".")
        }
        for assertion in message.message.assertions where assertion.version != "2.0" {
            context.report("The Assertion has Version=\(assertion.version.map { "\"\($0)\"" } ?? " missing"); it must be \"2.0\".", at: assertion.position)
        }
    }
}
