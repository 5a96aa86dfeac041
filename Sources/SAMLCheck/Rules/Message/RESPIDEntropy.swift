/// RESP-ID-ENTROPY: message and assertion IDs look random.
struct RESPIDEntropy: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-ID-ENTROPY",
        title: "IDs have 128 bits of randomness",
        severity: .info,
        profiles: [.core],
        citation: "CORE §1.3.4",
        rationale: "IDs must be unique with negligible chance of collision or guess (at least 128 random bits); short or sequential IDs hint at a hand-made or test issuer and make replay caches and InResponseTo checks weaker. A heuristic: fewer than 16 characters after a leading underscore or letter prefix, or only digits.",
        hint: "Generate IDs from a CSPRNG (e.g. \"_\" + 32 hex digits).",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID=\"_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a\"", "↓<saml:Assertion ID=\"_1001\"")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        var ids: [(String, String?, SourcePosition)] = message.message.kind == .assertion ? []
            : [(message.message.kind.rawValue, message.message.id, message.message.position)]
        ids += message.message.assertions.map { ("Assertion", $0.id, $0.position) }
        for (owner, id, position) in ids {
            guard let id else { continue }
            let body = id.drop { !$0.isLetter && !$0.isNumber }
            if body.count < 16 || body.allSatisfy(\.isNumber) {
                context.report("The \(owner)'s ID \"\(id)\" looks short or sequential, not 128 random bits.", at: position)
            }
        }
    }
}
