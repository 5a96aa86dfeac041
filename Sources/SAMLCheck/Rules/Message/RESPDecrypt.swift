/// RESP-DECRYPT: the SP's key decrypts the assertion.
struct RESPDecrypt: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-DECRYPT",
        title: "The SP's key decrypts the assertion",
        severity: .error,
        profiles: [.core],
        citation: "CORE §6.2 (ERR E43); IIP IIP-SP08",
        rationale: "An EncryptedAssertion is encrypted to one of the SP's keys; when the IdP still uses an old SP certificate (after the SP rolled its key over) or another SP's, the SP cannot decrypt it. The EncryptedKey's Recipient and KeyInfo hint at which key the IdP used. Without --sp-key samlcheck cannot see inside, and says so as an error rather than pass an assertion it has not read.",
        hint: "Give the SP's private key with --sp-key; if it does not decrypt, update the SP's encryption certificate in the IdP's copy of the SP metadata.",
        examples: [
            .triggers(message: MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm", marked: true), receiver: MessageExamples.receiver,
                      note: "No --sp-key: the assertion cannot be read."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let attempts = message.decryption?.attempts ?? []
        for attempt in attempts where attempt.element == "EncryptedID" && attempt.decryptedWith == nil {
            context.report("No SP key decrypts the EncryptedID (tried \(attempt.keysTried.joined(separator: ", "))\(attempt.failure.map { ": \($0)" } ?? "")): the SP cannot tell who logged in.",
                           at: attempt.facts.position)
        }
        if attempts.isEmpty, let assertion = message.message.consumedAssertion, assertion.hasEncryptedID {
            context.notChecked("The NameID is encrypted (EncryptedID): give the SP's key with --sp-key to read it.")
        }
        for encrypted in message.message.encryptedAssertions {
            var hints: [String] = []
            if let recipient = encrypted.keyRecipient { hints.append("EncryptedKey Recipient \"\(recipient)\"") }
            hints += encrypted.keyHints
            let hinted = hints.isEmpty ? "" : " The sender named " + hints.joined(separator: ", ") + "."
            let algorithms = [encrypted.dataAlgorithm, encrypted.keyTransportAlgorithm].compactMap { $0 }.map { String($0.split(separator: "#").last ?? Substring($0)) }
            let using = algorithms.isEmpty ? "" : " (encrypted with \(algorithms.joined(separator: ", key transport ")))"
            if let attempt = attempts.first(where: { $0.line == encrypted.position.line && $0.decryptedWith == nil }) {
                context.report("No SP key decrypts the EncryptedAssertion\(using) (tried \(attempt.keysTried.joined(separator: ", "))\(attempt.failure.map { ": \($0)" } ?? "")).\(hinted)",
                               at: encrypted.position)
            } else {
                context.report("The assertion is encrypted and no SP key was given (--sp-key), so samlcheck cannot check what the SP will read.\(hinted)",
                               at: encrypted.position)
            }
        }
    }
}
