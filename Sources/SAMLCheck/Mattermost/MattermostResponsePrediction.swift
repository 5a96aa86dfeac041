/// Which error a Mattermost server shows for a response, from the message diagnosis's findings:
/// gosaml2's order of checks (decode, validate, signature, time, encryption) and Mattermost's
/// attribute mapping after it (mattermost.md §2.5, §3, §4).
enum MattermostResponsePrediction {
    /// The prediction for one message's report; `encrypts` is whether Mattermost expects
    /// encrypted assertions (Encrypt, or an encryption key in its SP metadata).
    static func predict(_ report: DocumentReport, encrypts: Bool) -> MessageSummary.MattermostPrediction {
        let errors = report.findings.filter { $0.severity == .error }
        func first(_ rules: [any Rule.Type]) -> Finding? {
            let ids = Set(rules.map { $0.description.id })
            return errors.first { ids.contains($0.rule) }
        }
        func predicted(_ error: MattermostError, because finding: Finding?) -> MessageSummary.MattermostPrediction {
            .init(errorID: error.id, explanation: error.predicted + (finding.map { ", because \($0.rule): \($0.message)" } ?? ""))
        }
        let assertion = report.message?.assertion
        if report.root == nil { return predicted(.parse, because: report.findings.first) }
        if let finding = first([RESPDTD.self, MDXMLWellformed.self, RESPVersion.self, RESPStatus.self, RESPIssuer.self, RESPDestination.self,
                                RESPRecipient.self, RESPBearerSC.self, RESPAudience.self, RESPSigWrapping.self, RESPAssertionCount.self]) {
            return predicted(.parse, because: finding)
        }
        if let finding = first([RESPSigMissing.self, RESPSigKey.self, RESPSigProfile.self, RESPSigAlg.self]) {
            return predicted(.invalidSignature, because: finding)
        }
        if let finding = first([RESPSCExpired.self, RESPConditionsTime.self]) { return predicted(.invalidTime, because: finding) }
        let encrypted = assertion?.wasEncrypted == true || errors.contains { $0.rule == RESPDecrypt.description.id }
        if encrypted, !encrypts {
            return .init(errorID: MattermostError.encryptionNotEnabled.id,
                         explanation: MattermostError.encryptionNotEnabled.predicted + ", because the assertion is encrypted and Mattermost's Encrypt is off.")
        }
        if !encrypted, encrypts, assertion != nil {
            return .init(errorID: MattermostError.notEncrypted.id,
                         explanation: MattermostError.notEncrypted.predicted + ", because Mattermost publishes an encryption key (Encrypt is on) and the assertion is not encrypted.")
        }
        if let finding = first([RESPDecrypt.self]) { return predicted(.parse, because: finding) }
        if let finding = first([MMResponseAttributes.self]) { return predicted(.attribute, because: finding) }
        if let other = errors.first { return predicted(.parse, because: other) }
        return .init(errorID: "none", explanation: "Mattermost should accept this response.")
    }
}
