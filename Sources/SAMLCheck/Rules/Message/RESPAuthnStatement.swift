/// RESP-AUTHNSTATEMENT: the assertion says how the user authenticated.
struct RESPAuthnStatement: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-AUTHNSTATEMENT",
        title: "The assertion has an AuthnStatement",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.2; S2I SDP-IDP10",
        rationale: "The SSO profile requires at least one AuthnStatement in the bearer assertion: without it the assertion does not say that anyone logged in (an attribute query answer sent to the ACS looks like this). saml2int asks for exactly one AuthnStatement and at most one AttributeStatement.",
        hint: "The IdP sent an assertion without an authentication statement: check that it runs the SSO profile for this SP, not an attribute query.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID", "↓<saml:Assertion ID"),
                                                        ("<saml:AuthnStatement AuthnInstant=\"2026-05-31T23:59:20Z\" SessionIndex=\"_4d6f8a1c3e5b7d9f1a3c5e7b9d1f3a5c\">", "<saml:Advice>"),
                                                        ("</saml:AuthnStatement>", "</saml:Advice>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        if assertion.authnStatements.isEmpty {
            context.report("The Assertion has no AuthnStatement, so it does not say that the user authenticated.", at: assertion.position)
        } else if message.profiles.contains(.saml2int), assertion.authnStatements.count > 1 || assertion.attributeStatementCount > 1 {
            context.report("The Assertion has \(assertion.authnStatements.count) AuthnStatements and \(assertion.attributeStatementCount) AttributeStatements; saml2int allows one and at most one.",
                           at: assertion.position)
        }
    }
}
