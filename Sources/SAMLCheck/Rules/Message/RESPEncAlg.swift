/// RESP-ENC-ALG: the encryption's key transport and block cipher are sound.
struct RESPEncAlg: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-ENC-ALG",
        title: "Encryption algorithms are sound",
        severity: .error,
        profiles: [.core],
        citation: "ERR E93; IIP IIP-ALG08; S2I SDP-ALG01",
        rationale: "RSA PKCS#1 v1.5 key transport (rsa-1_5) is open to Bleichenbacher's attack and is an error; CBC block ciphers without a signature over the Response are open to padding oracles and are a warning (AES-GCM is the current choice).",
        hint: "Use rsa-oaep-mgf1p (or xmlenc11 rsa-oaep) for the key and aes128-gcm or aes256-gcm for the data.",
        examples: [
            .triggers(message: MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm", keyAlgorithm: "http://www.w3.org/2001/04/xmlenc#rsa-1_5", marked: true),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.encryptedResponse(dataAlgorithm: "http://www.w3.org/2009/xmlenc11#aes128-gcm", marked: false), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        for encrypted in message.encryptions {
            if encrypted.keyTransportAlgorithm == "http://www.w3.org/2001/04/xmlenc#rsa-1_5" {
                context.report("The key is transported with RSA PKCS#1 v1.5 (rsa-1_5), which is open to Bleichenbacher's attack.", at: encrypted.position)
            }
            if EncryptionAlgorithms.isCBC(encrypted.dataAlgorithm) {
                context.report("The assertion is encrypted with \(encrypted.dataAlgorithm!), a CBC cipher; AES-GCM is the sound choice.", at: encrypted.position, severity: .warning)
            }
        }
    }
}
