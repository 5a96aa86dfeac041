/// RESP-BEARER-SC: the assertion has a well-formed bearer SubjectConfirmation.
struct RESPBearerSC: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-BEARER-SC",
        title: "A bearer SubjectConfirmation with Recipient and NotOnOrAfter",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.2",
        rationale: "The bearer SubjectConfirmation is what lets the browser present the assertion; its SubjectConfirmationData must name the Recipient (the ACS URL) and a NotOnOrAfter, and must not carry NotBefore. Without them the SP cannot bind the assertion to its endpoint or to a short window.",
        hint: "Configure the IdP to issue bearer SubjectConfirmationData with Recipient and NotOnOrAfter (every current IdP does by default; a custom or legacy issuer may not).",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:SubjectConfirmation Method", "↓<saml:SubjectConfirmation Method"),
                                                        ("<saml:SubjectConfirmationData Recipient=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\" ", "<saml:SubjectConfirmationData ")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        let bearers = assertion.bearerConfirmations
        guard !bearers.isEmpty else {
            context.report("The Assertion has no bearer SubjectConfirmation (Method=\"\(SubjectConfirmation.bearer)\").", at: assertion.position)
            return
        }
        for bearer in bearers {
            var missing: [String] = []
            if !bearer.hasData { missing.append("SubjectConfirmationData") } else {
                if bearer.recipient == nil { missing.append("Recipient") }
                if bearer.notOnOrAfter == nil { missing.append("NotOnOrAfter") }
            }
            if !missing.isEmpty {
                context.report("The bearer SubjectConfirmation lacks \(missing.joined(separator: " and ")).", at: bearer.position)
            }
            if bearer.notBefore != nil {
                context.report("The bearer SubjectConfirmationData carries NotBefore, which the SSO profile forbids.", at: bearer.position)
            }
        }
    }
}
