/// RESP-TIME-FORMAT: times are UTC with Z, no leap seconds.
struct RESPTimeFormat: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-TIME-FORMAT",
        title: "Times are UTC, written with Z",
        severity: .error,
        profiles: [.core],
        citation: "CORE §1.3.3",
        rationale: "SAML requires every time value in UTC with the Z designator and without leap seconds; an offset or a missing zone is read differently by different SPs (some as local time), which shifts validity windows by hours.",
        hint: "Configure the sender to write times in UTC with Z (e.g. 2026-06-01T00:00:00Z).",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Response", "↓<samlp:Response"),
                                                        ("Version=\"2.0\" IssueInstant=\"2026-05-31T23:59:30Z\" Destination", "Version=\"2.0\" IssueInstant=\"2026-06-01T01:59:30+02:00\" Destination")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        for time in message.message.times {
            let lexical = time.value.lexical.trimmingWhitespace()
            if time.value.date == nil {
                let leap = lexical.count >= 19 && lexical.dropFirst(17).prefix(2) == "60"
                context.report("\(time.name) is \"\(time.value.lexical)\", \(leap ? "a leap second, which SAML forbids" : "not a valid xs:dateTime").", at: time.position)
            } else if !time.value.usesZ {
                context.report("\(time.name) is \"\(time.value.lexical)\"; SAML times must be UTC written with Z.", at: time.position)
            }
        }
    }
}
