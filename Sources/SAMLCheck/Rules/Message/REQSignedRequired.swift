/// REQ-SIGNED-REQUIRED: a request that must be signed is signed, validly.
struct REQSignedRequired: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest]
    static let description = RuleDescription(
        id: "REQ-SIGNED-REQUIRED",
        title: "The request is signed when it must be",
        severity: .error,
        profiles: [.core],
        citation: "ERR E7; S2I SDP-IDP04",
        rationale: "AuthnRequestsSigned=\"true\" in the SP's metadata obliges the IdP to reject unsigned requests from it (an error); an IdP that publishes WantAuthnRequestsSigned=\"true\" may reject them (a warning). A signature that does not verify with the SP's published keys counts as none.",
        hint: "Turn on request signing at the SP with the key its metadata publishes, or correct the metadata.",
        examples: [
            .triggers(message: MessageExamples.authnRequest(("<samlp:AuthnRequest", "↓<samlp:AuthnRequest")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(roleAttributes: #"AuthnRequestsSigned="true""#))),
            .passes(message: MessageExamples.authnRequest(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let facts = message.signatures
        if let signature = facts.messageSignature, signature.status != .valid, message.received.binding != .redirect {
            context.report("The request's signature is not accepted: \(signature.reason)", at: signature.placed.element.position)
            return
        }
        let signed = facts.messageSignature != nil || facts.query != nil
        guard !signed else { return }
        if message.sp?.role.authnRequestsSigned?.value == true {
            context.report("The request is unsigned, but the SP's metadata says AuthnRequestsSigned=\"true\": the IdP must reject it.")
        } else if message.idp?.role.wantAuthnRequestsSigned?.value == true {
            context.report("The request is unsigned, but the IdP wants signed requests (WantAuthnRequestsSigned=\"true\").", severity: .warning)
        }
    }
}
