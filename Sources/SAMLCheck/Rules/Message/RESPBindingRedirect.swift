/// RESP-BINDING-REDIRECT: a Response must not travel by HTTP-Redirect.
struct RESPBindingRedirect: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-BINDING-REDIRECT",
        title: "A Response is not delivered with HTTP-Redirect",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.2 step 5",
        rationale: "The Web Browser SSO profile forbids HTTP-Redirect for the Response: a signed assertion does not fit in a URL, and URLs end up in logs and Referer headers. SPs only listen for POST (or Artifact) at their ACS.",
        hint: "Configure the IdP to answer this SP with HTTP-POST: the SP's metadata should list an HTTP-POST AssertionConsumerService, and the AuthnRequest should not ask for HTTP-Redirect.",
        examples: [
            .triggers(message: "↓" + MessageExamples.redirectURL(for: MessageExamples.response(), endpoint: "https://sp.example.org/Shibboleth.sso/SAML2/POST"),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard message.received.binding == .redirect else { return }
        context.report("The Response arrived with the HTTP-Redirect binding (\(message.received.inputDescription)); the SSO profile allows only HTTP-POST or Artifact for it.")
    }
}
