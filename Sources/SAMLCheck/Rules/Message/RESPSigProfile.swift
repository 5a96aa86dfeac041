/// RESP-SIG-PROFILE: every signature of the message follows the SAML signature profile.
struct RESPSigProfile: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-SIG-PROFILE",
        title: "Signatures follow the SAML signature profile",
        severity: .error,
        profiles: [.core],
        citation: "CORE §5.4; OSAML; ERR E91",
        rationale: "The metadata signature profile applies to every signature of a message too: enveloped, one Reference to the signed element's ID, only the enveloped-signature and exclusive C14N transforms, no ds:Object. Each departure names the metadata rule (SIG-…) it breaks; a signature that breaks the profile is not verified and not accepted.",
        hint: "Sign under the SAML signature profile: one Reference to \"#\" + the signed element's ID, enveloped-signature and exclusive C14N only, no ds:Object.",
        examples: [
            .triggers(message: MessageExamples.response(("<ds:Reference URI=\"#_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a\">", "<ds:Reference URI=\"\">"),
                                                        ("<ds:Signature xmlns", "↓<ds:Signature xmlns")),
                      receiver: MessageExamples.receiver, note: "An empty Reference URI signs the whole document, not the Assertion."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        for checked in message.signatures.checked {
            for violation in checked.violations where !violation.isAlgorithm {
                context.report("The \(checked.placed.parentName)'s signature breaks the profile (\(violation.rule)): \(violation.message)", at: checked.placed.element.position)
            }
        }
    }
}
