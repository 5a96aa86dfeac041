/// RESP-SESSIONINDEX: an IdP with SLO says which session the assertion belongs to.
struct RESPSessionIndex: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-SESSIONINDEX",
        title: "SessionIndex present when the IdP does single logout",
        severity: .warning,
        profiles: [.core],
        citation: "PROF §4.1.4.2",
        rationale: "Single logout names the session to end by its SessionIndex; an IdP that publishes SingleLogoutService but issues AuthnStatements without one leaves the SP unable to match a LogoutRequest to the user's session.",
        hint: "Configure the IdP to include SessionIndex in AuthnStatements (the default in current IdPs).",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:AuthnStatement AuthnInstant=\"2026-05-31T23:59:20Z\" SessionIndex=\"_4d6f8a1c3e5b7d9f1a3c5e7b9d1f3a5c\">", "↓<saml:AuthnStatement AuthnInstant=\"2026-05-31T23:59:20Z\">")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        guard let idp = message.idp else {
            context.notChecked("Give the IdP's metadata with --idp to know whether it does single logout.")
            return
        }
        guard idp.role.endpoints.contains(where: { $0.kind == .singleLogoutService }) else { return }
        for statement in assertion.authnStatements where statement.sessionIndex == nil {
            context.report("The AuthnStatement has no SessionIndex, though the IdP publishes SingleLogoutService.", at: statement.position)
        }
    }
}
