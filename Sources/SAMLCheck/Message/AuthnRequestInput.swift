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

    /// Reads an AuthnRequest in any of those encodings (and in the others `samlcheck message`
    /// reads, by the same reader); the problem says what the input is not.
    public static func read(_ bytes: [UInt8]) -> Result<(request: DecodedAuthnRequest, encoding: Encoding), AuthnRequestProblem> {
        switch MessageInputReader.read(bytes) {
        case .failure(let problem):
            return .failure(AuthnRequestProblem(problem.description))
        case .success(let messages):
            let message = messages.first { $0.parameterName != "SAMLResponse" } ?? messages[0]
            let encoding: Encoding
            switch message.encoding {
            case .xml: encoding = .xml
            case .postBase64, .postForm, .postBody: encoding = .postBase64
            case .redirectDeflate: encoding = .redirectDeflate
            case .redirectURL: encoding = .redirectURL
            }
            return DecodedAuthnRequest.parse(xml: message.xml).map { ($0, encoding) }
        }
    }
}
