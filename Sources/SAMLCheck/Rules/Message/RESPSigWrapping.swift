/// RESP-SIG-WRAPPING: what the SP consumes is the very node the verified signature covers.
struct RESPSigWrapping: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-SIG-WRAPPING",
        title: "The consumed node is the node the signature covers",
        severity: .error,
        profiles: [.core],
        citation: "DSIGBP \"check what is signed\" (wrapping example); OSAML validateReferenceURI; CORE §1.3.4",
        rationale: "Signature wrapping moves the signed Assertion somewhere a consumer does not look (Extensions, Advice, a foreign wrapper, the signature's Object) and puts a forged one where it does: the signature still verifies, over the wrong node. The defence: unique IDs, exactly one top-level Assertion, each signature referencing its own parent, and no Assertion outside the verified subtree.",
        hint: "Treat the message as an attack unless the IdP is known to produce it; an SP library that reads \"the first Assertion\" by XPath after verifying is vulnerable to it.",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Status>", "<samlp:Extensions>\n↓<saml:Assertion ID=\"_forged\" Version=\"2.0\" IssueInstant=\"2026-05-31T23:59:30Z\"><saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer></saml:Assertion>\n</samlp:Extensions>\n<samlp:Status>")),
                      receiver: MessageExamples.receiver, note: "A second Assertion in the Response's Extensions, outside what the signature covers."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        for problem in message.signatures.wrapping {
            context.report(problem.message, at: problem.position)
        }
    }
}
