/// RESP-SIG-ASSERTION-WANTED: an SP that wants signed assertions gets one.
struct RESPSigAssertionWanted: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-SIG-ASSERTION-WANTED",
        title: "The Assertion is signed when the SP wants it",
        severity: .error,
        profiles: [.core],
        citation: "ERR E7",
        rationale: "WantAssertionsSigned=\"true\" in the SP's metadata means the Assertion itself must carry a signature; a signed Response around an unsigned Assertion does not count, and such an SP refuses it. Mattermost, which always writes WantAssertionsSigned=\"true\", accepts a signed Response too, so the rule is silent under --profile Mattermost.",
        hint: "Have the IdP sign assertions for this SP, or drop WantAssertionsSigned if the SP accepts a signed Response.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID", "↓<saml:Assertion ID"), ("<ds:Signature", "<ds:Unsigned"), ("</ds:Signature>", "</ds:Unsigned>")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(roleAttributes: #"WantAssertionsSigned="true""#),
                                                            requestID: MessageExamples.requestID)),
            .passes(message: MessageExamples.response(),
                    receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(roleAttributes: #"WantAssertionsSigned="true""#),
                                                          requestID: MessageExamples.requestID)),
            .passes(message: MessageExamples.response(("<ds:Signature", "<ds:Unsigned"), ("</ds:Signature>", "</ds:Unsigned>")),
                    receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(roleAttributes: #"WantAssertionsSigned="true""#),
                                                          requestID: MessageExamples.requestID),
                    profiles: [.mattermost], note: "Mattermost accepts a signed Response although its metadata wants signed assertions."),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let sp = message.sp else {
            context.notChecked("Give the SP's metadata with --sp to know whether it wants signed assertions.")
            return
        }
        // Mattermost writes WantAssertionsSigned="true" but accepts a signed Response as well.
        guard !message.profiles.contains(.mattermost) else { return }
        guard sp.role.wantAssertionsSigned?.value == true, let assertion = message.message.consumedAssertion, assertion.signature == nil else { return }
        context.report("The SP wants signed assertions (WantAssertionsSigned=\"true\"), but the Assertion carries no signature of its own\(message.message.signature != nil ? " (only the Response is signed)" : "").",
                       at: assertion.position)
    }
}
