/// RESP-RECIPIENT: the bearer Recipient is the ACS URL the response was delivered to.
struct RESPRecipient: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-RECIPIENT",
        title: "Recipient is the ACS URL the response reached",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.3; S2I SDP-SP06",
        rationale: "The SP compares the bearer SubjectConfirmationData's Recipient, as an exact string, with the ACS URL the response arrived at. http versus https, a port, a host alias or a trailing slash make it fail; behind a proxy the SP may see another URL than the browser used.",
        hint: "Make the IdP use the ACS URL exactly as the SP's metadata lists it, and make the SP know its external URL behind a proxy.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:SubjectConfirmation Method", "↓<saml:SubjectConfirmation Method"),
                                                        ("Recipient=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\"", "Recipient=\"https://sp.example.org/Shibboleth.sso/SAML2/POST/\"")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        let accepted: [String]
        if let deliveredTo = message.deliveredTo {
            accepted = [deliveredTo]
        } else if message.sp != nil {
            accepted = message.spACSLocations
        } else {
            context.notChecked("Give --acs-url or --sp to compare the Recipient with the SP's ACS URL.")
            return
        }
        for bearer in assertion.bearerConfirmations {
            guard let recipient = bearer.recipient, !accepted.contains(recipient) else { continue }
            let against = message.deliveredTo.map { "the response was delivered to \"\($0)\"" } ?? "the SP's ACS locations are \(accepted.joined(separator: ", "))"
            context.report("Recipient is \"\(recipient)\", but \(against).", at: bearer.position)
        }
    }
}
