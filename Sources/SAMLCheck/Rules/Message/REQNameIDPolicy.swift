/// REQ-NAMEIDPOLICY: saml2int SPs leave the NameID format to the IdP.
struct REQNameIDPolicy: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest]
    static let description = RuleDescription(
        id: "REQ-NAMEIDPOLICY",
        title: "NameIDPolicy without Format (saml2int)",
        severity: .warning,
        profiles: [.saml2int],
        citation: "S2I SDP-SP04; ERR E14",
        rationale: "saml2int SPs identify users by attributes (subject-id, pairwise-id), not by NameID: a NameIDPolicy Format makes the IdP fail with InvalidNameIDPolicy when it cannot issue that format. Omit NameIDPolicy, or send AllowCreate=\"true\" without Format.",
        hint: "Drop the Format from NameIDPolicy and rely on identifier attributes.",
        examples: [
            .triggers(message: MessageExamples.authnRequest(("<samlp:NameIDPolicy AllowCreate=\"true\"/>", "↓<samlp:NameIDPolicy Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent\" AllowCreate=\"true\"/>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.authnRequest(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let request = message.message.request, let format = request.nameIDFormat else { return }
        context.report("NameIDPolicy asks for Format \(format); saml2int SPs omit it (an IdP that cannot issue it answers InvalidNameIDPolicy).",
                       at: request.nameIDPolicyPosition)
    }
}
