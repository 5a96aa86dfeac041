/// RESP-RELAYSTATE: RelayState is short, safe, and what the SP sent.
struct RESPRelayState: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-RELAYSTATE",
        title: "RelayState is at most 80 bytes and not a dangerous URL",
        severity: .warning,
        profiles: [.core],
        citation: "BIND §3.4.3, §3.5.3; ERR E90",
        rationale: "The bindings limit RelayState to 80 bytes (longer ones are cut or refused by some IdPs), and an SP that redirects to a RelayState URL must allow only http(s), or it becomes an open redirect or a javascript: vector. The IdP must return the RelayState unchanged.",
        hint: "Keep RelayState an opaque short key that the SP maps to the target URL.",
        examples: [
            .triggers(message: "↓" + MessageExamples.postForm(for: MessageExamples.response(), relayState: "javascript:alert(document.domain)"), receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.postForm(for: MessageExamples.response(), relayState: "ss:mem:5f1c8a1e0b7d"), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let relay = message.received.relayState else {
            if let sent = message.expectations.relayState { context.report("The SP sent RelayState \"\(sent)\", but none came back.") }
            return
        }
        if relay.utf8.count > 80 { context.report("RelayState is \(relay.utf8.count) bytes; the bindings allow 80.") }
        if let colon = relay.firstIndex(of: ":"), !relay.hasPrefix("ss:") {
            let scheme = relay[..<colon].lowercased()
            if scheme.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }), scheme != "http", scheme != "https" {
                context.report("RelayState is a \(scheme): URL; an SP that redirects to it must allow only http and https.")
            }
        }
        if let sent = message.expectations.relayState, sent != relay {
            context.report("RelayState came back as \"\(relay)\", but the SP sent \"\(sent)\".")
        }
    }
}
