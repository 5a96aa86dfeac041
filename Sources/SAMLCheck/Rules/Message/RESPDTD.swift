/// RESP-DTD: reported by the message diagnosis's parser, which stops at the DOCTYPE.
struct RESPDTD: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-DTD",
        title: "No DOCTYPE in a SAML message",
        severity: .error,
        profiles: [.core],
        citation: "S2I SDP-G03; IIP IIP-G03",
        rationale: "A DOCTYPE is how XXE and entity-expansion attacks reach the SP's parser; SAML messages never need one, and a hardened SP refuses the message outright. samlcheck stops at the DOCTYPE without reading it, so nothing else in the message is evaluated.",
        hint: "Find what produced the DOCTYPE: an IdP never sends one; a message with one is forged or mangled by a proxy.",
        reportedBy: .parser,
        examples: [
            .triggers(message: "↓<!DOCTYPE samlp:Response [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" + MessageExamples.response(),
                      receiver: MessageExamples.receiver, note: "An external entity to a local file (XXE)."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {}
}
