/// RESP-REPLAY: the assertion has not been consumed before.
struct RESPReplay: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-REPLAY",
        title: "The assertion was not seen before",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.5",
        rationale: "An SP must keep the IDs of the bearer assertions it consumed until they expire and refuse one it sees again: a replayed response (the browser's back button, a copied POST) logs someone in twice. samlcheck knows what was seen only from --seen-ids (one ID a line, as an SP's replay cache could export).",
        hint: "Log in again to get a fresh response; if the SP reports a replay for a fresh one, its replay cache is shared wrongly between nodes.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID", "↓<saml:Assertion ID")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID,
                                                            seenIDs: ["_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a"])),
            .passes(message: MessageExamples.response(),
                    receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID, seenIDs: [])),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let seen = message.expectations.seenIDs else {
            if !message.message.assertions.isEmpty { context.notChecked("Give --seen-ids FILE (the assertion IDs already consumed) to check for a replay.") }
            return
        }
        for assertion in message.message.assertions {
            if let id = assertion.id, seen.contains(id) {
                context.report("The Assertion ID \"\(id)\" was already consumed (it is in --seen-ids): a replayed response.", at: assertion.position)
            }
        }
    }
}
