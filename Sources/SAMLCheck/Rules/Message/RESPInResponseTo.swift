/// RESP-INRESPONSETO: the Response answers the outstanding request, consistently.
struct RESPInResponseTo: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .logoutResponse]
    static let description = RuleDescription(
        id: "RESP-INRESPONSETO",
        title: "InResponseTo is the outstanding request's ID",
        severity: .error,
        profiles: [.core],
        citation: "CORE §3.2.2; PROF §4.1.4.2, §4.1.4.3",
        rationale: "An SP accepts a solicited response only for a request it sent and still remembers: InResponseTo must be that request's ID, on the Response and on the bearer SubjectConfirmationData alike. A mismatch usually means the SP lost its session state (cookies, several SP nodes without shared storage) or the browser replayed an old response.",
        hint: "Check that the SP keeps its request state across nodes and that the browser keeps the SP's session cookie (SameSite=None; Secure for a cross-site POST).",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Response", "↓<samlp:Response")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: "_a8c0f0c4e8a2f6b9d1e3a5c7f9b2d4e6"),
                      note: "The SP remembers another request."),
            .triggers(message: MessageExamples.response(("<saml:SubjectConfirmation Method", "↓<saml:SubjectConfirmation Method"),
                                                        ("NotOnOrAfter=\"2026-06-01T00:04:30Z\" InResponseTo=\"_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f\"/>", "NotOnOrAfter=\"2026-06-01T00:04:30Z\" InResponseTo=\"_other\"/>")),
                      receiver: MessageExamples.receiver, note: "The Response and its SubjectConfirmationData disagree."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let msg = message.message
        if let expected = message.expectations.requestID {
            if let actual = msg.inResponseTo, actual != expected {
                context.report("InResponseTo is \"\(actual)\", but the outstanding request's ID is \"\(expected)\".")
            } else if msg.inResponseTo == nil {
                context.report("The \(msg.kind.rawValue) has no InResponseTo, but the SP sent the request \"\(expected)\" and expects an answer to it.")
            }
        }
        for assertion in msg.assertions {
            for confirmation in assertion.bearerConfirmations {
                if let inner = confirmation.inResponseTo, inner != msg.inResponseTo {
                    context.report("The bearer SubjectConfirmationData says InResponseTo=\"\(inner)\", the Response \(msg.inResponseTo.map { "\"\($0)\"" } ?? "nothing").",
                                   at: confirmation.position)
                }
            }
        }
    }
}
