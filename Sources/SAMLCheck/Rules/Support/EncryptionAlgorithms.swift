/// XML Encryption block ciphers, as the message rules classify them.
enum EncryptionAlgorithms {
    /// Whether `uri` names a CBC-mode block cipher (malleable without a signature around it).
    static func isCBC(_ uri: String?) -> Bool {
        guard let uri else { return false }
        return uri.hasSuffix("-cbc") || uri == "http://www.w3.org/2001/04/xmlenc#tripledes-cbc"
    }
}
