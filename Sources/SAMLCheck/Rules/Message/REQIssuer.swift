/// REQ-ISSUER: the AuthnRequest's Issuer is the SP's entityID.
struct REQIssuer: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest]
    static let description = RuleDescription(
        id: "REQ-ISSUER",
        title: "The AuthnRequest's Issuer is the SP's entityID",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.1",
        rationale: "The IdP looks the SP up by the request's Issuer: a missing Issuer or one that differs from the SP's entityID (trailing slash, http vs https) gives \"unknown service provider\" or the wrong relying-party settings. The Format must be omitted or the entity format.",
        hint: "Make the SP send exactly its metadata entityID as Issuer.",
        examples: [
            .triggers(message: MessageExamples.authnRequest(("<saml:Issuer>https://sp.example.org/shibboleth</saml:Issuer>", "↓<saml:Issuer>https://sp.example.org/shibboleth/</saml:Issuer>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.authnRequest(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let issuer = message.message.issuer else {
            context.report("The AuthnRequest has no Issuer, so the IdP cannot tell which SP sent it.")
            return
        }
        if let format = issuer.format, format != "urn:oasis:names:tc:SAML:2.0:nameid-format:entity" {
            context.report("The Issuer has Format \(format); it must be omitted or the entity format.", at: issuer.position)
        }
        if let sp = message.sp {
            if issuer.value != sp.entityID {
                context.report("The Issuer is \"\(issuer.value)\", but the SP's entityID is \"\(sp.entityID)\".", at: issuer.position)
            }
        } else {
            context.notChecked("Give the SP's metadata with --sp to compare the Issuer with its entityID.")
        }
    }
}
