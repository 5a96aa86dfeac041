/// RESP-ENC-MISSING: assertions sent through the browser are encrypted (saml2int).
struct RESPEncMissing: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-ENC-MISSING",
        title: "The assertion is encrypted",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.core],
        citation: "S2I SDP-IDP11",
        rationale: "A POSTed assertion passes through the browser and its extensions, proxies that terminate TLS, and logs; saml2int requires it to be encrypted to the SP's key so that only the SP reads the attributes.",
        hint: "Publish an encryption key in the SP's metadata and turn on assertion encryption at the IdP for this SP.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID", "↓<saml:Assertion ID")), receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm", marked: false), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let spHasKey = message.sp?.role.keyDescriptors.contains(where: \.isUsableForEncryption)
        for assertion in message.message.assertions where !assertion.wasEncrypted {
            context.report("The Assertion travels unencrypted through the browser"
                           + (spHasKey == false ? "; the SP publishes no encryption key, so the IdP could not encrypt it." : "."),
                           at: assertion.position,
                           hint: spHasKey == false ? "Publish an encryption certificate in the SP's metadata first, then turn on assertion encryption at the IdP." : nil)
        }
    }
}
