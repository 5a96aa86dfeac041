/// The IdP certificate file Mattermost stores (`--idp-cert`, its saml-idp.crt), read the ways
/// admins hand it over: PEM (LF or CRLF, with or without a byte-order mark, one block or
/// several), DER, or bare base64. What is not a certificate at all cannot be compared with
/// anything: that is a usage error, not a finding.
public struct IdPCertificateFile: Sendable {
    /// The certificate Mattermost would use: the first one in the file.
    public let certificate: CertificateInfo
    /// What an admin should know about the file's form (several certificates, no PEM armour).
    public let notes: [String]

    /// Reads the file's bytes; throws why they hold no certificate.
    public static func read(_ bytes: [UInt8]) throws(IdPCertificateFileError) -> IdPCertificateFile {
        var start = bytes[...]
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        switch NonXMLInput.recognise(Array(start.prefix(ParserInput.headSize))) {
        case .empty?:
            throw IdPCertificateFileError(reason: "it is empty")
        case .html?:
            throw IdPCertificateFileError(reason: "it is an HTML page, not a certificate")
        case .pem(let label)? where !label.contains("CERTIFICATE"):
            throw IdPCertificateFileError(reason: "it is a PEM \(label.lowercased()), not a certificate")
        case .pem?:
            let blocks = PEMCertificates.read(Array(start))
            guard let first = blocks.first else { throw IdPCertificateFileError(reason: "it holds no certificate") }
            guard case .success(let decoded) = first.result else {
                if case .failure(let problem) = first.result { throw IdPCertificateFileError(reason: "its certificate cannot be read: \(problem)") }
                throw IdPCertificateFileError(reason: "its certificate cannot be read")
            }
            let notes = blocks.count > 1
                ? ["The --idp-cert file holds \(blocks.count) certificates; Mattermost uses only the first (\(decoded.info.subject))."] : []
            return IdPCertificateFile(certificate: decoded.info, notes: notes)
        case .gzip?:
            throw IdPCertificateFileError(reason: "it is gzip-compressed, not a certificate")
        case nil:
            break
        }
        if start.first == 0x30, case .success(let info) = CertificateDecoder.decode(der: Array(start)) {
            return IdPCertificateFile(certificate: info, notes: ["The --idp-cert file is a DER certificate; Mattermost's Identity Provider Public Certificate is a PEM file: convert it (openssl x509 -inform der -in FILE -out saml-idp.crt) before uploading."])
        }
        let text = String(decoding: start, as: UTF8.self)
        if text.drop(while: \.isWhitespace).hasPrefix("<") {
            throw IdPCertificateFileError(reason: "it is XML, not a certificate (give the IdP's metadata with --idp-metadata)")
        }
        if case .success(let decoded) = CertificateDecoder.decode(base64: text) {
            return IdPCertificateFile(certificate: decoded.info, notes: ["The --idp-cert file is bare base64 without the -----BEGIN CERTIFICATE----- lines; Mattermost's Identity Provider Public Certificate is a PEM file: add the armour before uploading."])
        }
        throw IdPCertificateFileError(reason: "it is not a certificate (PEM, DER or base64)")
    }
}

/// An `--idp-cert` file that holds no certificate.
public struct IdPCertificateFileError: Error, Sendable, CustomStringConvertible {
    /// Why, in one sentence naming the file.
    public let reason: String
    /// The reason.
    public var description: String { reason }
}
