/// RESP-AUDIENCE: the assertion is addressed to this SP.
struct RESPAudience: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-AUDIENCE",
        title: "The SP's entityID is in the AudienceRestriction",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.2; CORE §2.5.1.4",
        rationale: "The bearer assertion must be restricted to the SP: an AudienceRestriction containing the SP's entityID (every AudienceRestriction, when there are several). An assertion for another audience is refused, the classic result of an IdP configured with a different SP entityID (http vs https, a trailing slash, an Azure app ID URI).",
        hint: "Make the IdP's relying-party or application configuration use the SP's entityID exactly as in its metadata.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Conditions NotBefore", "↓<saml:Conditions NotBefore"),
                                                        ("<saml:Audience>https://sp.example.org/shibboleth</saml:Audience>", "<saml:Audience>https://sp.example.org/</saml:Audience>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        guard let sp = message.sp else {
            context.notChecked("Give the SP's metadata with --sp to check that the assertion is addressed to it.")
            return
        }
        let entityID = sp.entityID
        guard let conditions = assertion.conditions, !conditions.audienceRestrictions.isEmpty else {
            context.report("The Assertion has no AudienceRestriction naming the SP \(entityID).", at: assertion.conditions?.position ?? assertion.position)
            return
        }
        for audiences in conditions.audienceRestrictions where !audiences.contains(entityID) {
            context.report("The AudienceRestriction names \(audiences.map { "\"\($0)\"" }.joined(separator: ", ")), not the SP's entityID \"\(entityID)\".",
                           at: conditions.position)
        }
    }
}
