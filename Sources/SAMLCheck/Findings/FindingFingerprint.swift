extension Finding {
    /// A stable identity for the finding, for baselines and for SARIF's partialFingerprints:
    /// the SHA-256 of the rule, the entityID, the element's readable path and the message with
    /// every number replaced. Line numbers are left out and numbers in messages (a line, days
    /// left, a count) are masked, so re-indented metadata, or the same defect a day later, keeps
    /// the fingerprint; a different element, entity or wording changes it.
    public var fingerprint: String {
        var maskedMessage = ""
        var inNumber = false
        for character in message {
            if character.isASCII && character.isNumber {
                if !inNumber { maskedMessage.append("#") }
                inNumber = true
            } else {
                maskedMessage.append(character)
                inNumber = false
            }
        }
        let key = [rule, entityID ?? "", path ?? "", maskedMessage].joined(separator: "\u{1F}")
        let digest = Fingerprint(sha256Of: Array(key.utf8)).description.dropFirst("SHA256:".count)
        return String(digest.prefix(32))
    }
}
