/// RESP-SIG-CBC-UNSIGNED: CBC-encrypted assertions travel in a signed Response.
struct RESPSigCBCUnsigned: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-SIG-CBC-UNSIGNED",
        title: "A CBC-encrypted assertion comes in a signed Response",
        severity: .error,
        profiles: [.core],
        citation: "ERR E93 (CORE §6.2, PROF §4.1.3.5)",
        rationale: "CBC encryption without integrity is open to padding-oracle attacks (Jager and Somorovsky, 2011): anyone can alter the ciphertext and watch the SP's errors. A signature over the whole Response prevents that; a signature inside the encrypted Assertion does not, as it is checked only after decryption.",
        hint: "Sign the Response, or better, encrypt with AES-GCM (http://www.w3.org/2009/xmlenc11#aes128-gcm).",
        examples: [
            .triggers(message: MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2001/04/xmlenc#aes128-cbc", marked: true), receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm", marked: false), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard message.message.signature == nil else { return }
        for encrypted in message.encryptions where EncryptionAlgorithms.isCBC(encrypted.dataAlgorithm) {
            context.report("The assertion is encrypted with \(encrypted.dataAlgorithm ?? "CBC") and the Response is not signed: the ciphertext can be altered unseen (padding oracle).",
                           at: encrypted.position)
        }
    }
}
