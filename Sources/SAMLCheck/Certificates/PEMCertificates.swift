/// The certificates of a PEM file — one, or a bundle — block by block, each with the line its
/// BEGIN line is on. CRLF line endings, text between blocks (openssl's "subject=" lines) and
/// blocks of other kinds (keys) are accepted; a certificate block that does not decode is kept
/// with its problem.
enum PEMCertificates {
    struct Block {
        var line: Int
        var result: Result<(info: CertificateInfo, der: [UInt8]), CertificateProblem>
    }

    static func read(_ bytes: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        var inCertificate = false
        var startLine = 0
        var body = ""
        // Split on any line break: "\r\n" is one Character in Swift, so splitting on "\n" would not.
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.hasPrefix("-----BEGIN CERTIFICATE-----") || line.hasPrefix("-----BEGIN X509 CERTIFICATE-----") {
                inCertificate = true
                startLine = index + 1
                body = ""
            } else if inCertificate, line.hasPrefix("-----END ") {
                blocks.append(Block(line: startLine, result: CertificateDecoder.decode(base64: body)))
                inCertificate = false
            } else if inCertificate {
                body += line
            }
        }
        if inCertificate {
            blocks.append(Block(line: startLine, result: .failure(.notACertificate("the PEM block that starts here has no END line"))))
        }
        return blocks
    }
}
