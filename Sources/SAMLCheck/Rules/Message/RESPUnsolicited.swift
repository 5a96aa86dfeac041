/// RESP-UNSOLICITED: an IdP-initiated Response, said so, and consistent about it.
struct RESPUnsolicited: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-UNSOLICITED",
        title: "Unsolicited (IdP-initiated) response",
        severity: .info,
        profiles: [.core],
        citation: "PROF §4.1.5; ERR E90",
        rationale: "A Response without InResponseTo answers no request: IdP-initiated SSO. Many SPs refuse it (it is a login-CSRF vector), and then it must carry no InResponseTo anywhere; one on the SubjectConfirmationData alone is a broken response.",
        hint: "If the SP refuses unsolicited responses, start the login at the SP instead of the IdP's portal.",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Response", "↓<samlp:Response"), (" InResponseTo=\"_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f\">", ">"),
                                                        (" InResponseTo=\"_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f\"/>", "/>")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp())),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard message.message.inResponseTo == nil else { return }
        let inner = message.message.assertions.flatMap(\.bearerConfirmations).filter { $0.inResponseTo != nil }
        if let first = inner.first {
            context.report("The Response has no InResponseTo but its SubjectConfirmationData has one (\"\(first.inResponseTo!)\"): an unsolicited response must carry it nowhere.",
                           at: first.position, severity: .warning)
        } else {
            context.report("The Response answers no request (no InResponseTo): IdP-initiated SSO, which the SP must be configured to accept.")
        }
    }
}
