/// An AuthnRequest as a user can hand it over: the XML itself, base64 of it (HTTP-POST),
/// base64 of its raw DEFLATE (HTTP-Redirect), or a whole Redirect URL with `SAMLRequest`.
public enum AuthnRequestInput {
    /// How the request was encoded.
    public enum Encoding: String, Sendable {
        case xml = "XML"
        case postBase64 = "base64 (HTTP-POST)"
        case redirectDeflate = "deflate+base64 (HTTP-Redirect)"
        case redirectURL = "an HTTP-Redirect URL"
    }

    /// Reads an AuthnRequest in any of those encodings; the problem says what the input is not.
    public static func read(_ bytes: [UInt8]) -> Result<(request: DecodedAuthnRequest, encoding: Encoding), AuthnRequestProblem> {
        let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        guard !text.isEmpty else { return .failure(AuthnRequestProblem("the request input is empty")) }
        if text.hasPrefix("<") || text.hasPrefix("\u{FEFF}<") {
            return DecodedAuthnRequest.parse(xml: bytes).map { ($0, .xml) }
        }
        if text.contains("SAMLRequest=") {
            let message = RedirectMessage(location: text)
            guard let request = message.authnRequest() else { return .failure(AuthnRequestProblem("the URL has no SAMLRequest parameter")) }
            return request.map { ($0, .redirectURL) }
        }
        // One base64 blob: of the XML (POST) or of its DEFLATE (Redirect); line breaks allowed.
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        let decoded: [UInt8]
        switch Base64.decode(RedirectMessage.percentDecoded(compact)) {
        case .success(let bytes): decoded = bytes
        case .failure: return .failure(AuthnRequestProblem("the request is neither XML, base64 nor a URL with SAMLRequest"))
        }
        if decoded.first == UInt8(ascii: "<") || decoded.starts(with: [0xEF, 0xBB, 0xBF]) {
            return DecodedAuthnRequest.parse(xml: decoded).map { ($0, .postBase64) }
        }
        return AuthnRequestDecoder.decode(compact).map { ($0, .redirectDeflate) }
    }
}
