/// REQ-REDIRECT-SIG: the Redirect binding's signature is over the query, as received.
struct REQRedirectSig: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest, .logoutRequest, .logoutResponse]
    static let description = RuleDescription(
        id: "REQ-REDIRECT-SIG",
        title: "A Redirect request is signed over its query",
        severity: .error,
        profiles: [.core],
        citation: "BIND §3.4.4.1; ERR E7",
        rationale: "With HTTP-Redirect the signature is not in the XML: SigAlg and Signature are query parameters, and the signature covers the exact octets SAMLRequest=…&RelayState=…&SigAlg=… as sent (re-encoding them breaks it). An XML signature left inside the DEFLATEd message is ignored by IdPs; one that the SP must send (AuthnRequestsSigned) but that is missing gets the request refused.",
        hint: "Sign the query as the Redirect binding prescribes, and do not re-encode the parameters between signing and sending.",
        examples: [
            .triggers(message: "↓" + MessageExamples.redirectURL(for: MessageExamples.authnRequest(), endpoint: "https://idp.example.org/idp/profile/SAML2/Redirect/SSO",
                                                                 extra: "&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&Signature=AAAA"),
                      receiver: MessageExamples.receiver, note: "A Signature that does not verify (and no SP key verifies anything)."),
            .passes(message: MessageExamples.redirectURL(for: MessageExamples.authnRequest(), endpoint: "https://idp.example.org/idp/profile/SAML2/Redirect/SSO"),
                    receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard message.received.binding == .redirect else { return }
        if message.message.signature != nil {
            context.report("The DEFLATEd message carries an XML signature; with HTTP-Redirect the signature belongs in the SigAlg and Signature parameters.",
                           at: message.message.signature?.position)
        }
        if let query = message.signatures.query {
            if query.status != .valid { context.report(query.reason) }
        } else if message.message.kind == .authnRequest, message.sp?.role.authnRequestsSigned?.value == true {
            context.report("The SP's metadata says AuthnRequestsSigned=\"true\", but the Redirect URL carries no SigAlg and Signature.")
        }
    }
}
