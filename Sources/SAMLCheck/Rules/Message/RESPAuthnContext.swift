/// RESP-AUTHNCONTEXT: the authentication meets the requested context.
struct RESPAuthnContext: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-AUTHNCONTEXT",
        title: "The AuthnContext satisfies the request",
        severity: .error,
        profiles: [.core],
        citation: "CORE §3.3.2.2.1; MFA; S2I SDP-SP07",
        rationale: "An SP that requested an authentication context with Comparison=\"exact\" (for instance https://refeds.org/profile/mfa) must refuse an assertion whose AuthnContextClassRef is another: the user did not authenticate as required. samlcheck compares exact requests; it needs the request: --request FILE, or a HAR file that holds it before the response.",
        hint: "Make the IdP perform (and report) the requested authentication, e.g. enable MFA for this SP, or request a context the IdP supports.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:AuthnStatement AuthnInstant", "↓<saml:AuthnStatement AuthnInstant")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(),
                                                            request: MessageExamples.authnRequest(("<samlp:NameIDPolicy AllowCreate=\"true\"/>", "<samlp:RequestedAuthnContext Comparison=\"exact\"><saml:AuthnContextClassRef>https://refeds.org/profile/mfa</saml:AuthnContextClassRef></samlp:RequestedAuthnContext>"))),
                      note: "The AuthnRequest (--request) asked for MFA."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let statement = message.message.consumedAssertion?.authnStatements.first else { return }
        guard let request = message.expectations.request else {
            context.notChecked("Give the AuthnRequest with --request FILE (or a HAR file that holds it) to compare the authentication context with the requested one.")
            return
        }
        guard !request.requestedClassRefs.isEmpty, (request.authnContextComparison ?? "exact") == "exact" else { return }
        let actual = statement.classRef ?? "(none)"
        if !request.requestedClassRefs.contains(actual) {
            context.report("The authentication context is \(actual), but the SP requested exactly \(request.requestedClassRefs.joined(separator: " or ")).", at: statement.position)
        }
    }
}
