/// One SAML message as it reached its receiver: the XML, how it was encoded and carried, and what
/// came with it (RelayState, the Redirect binding's query signature, the URL it was sent to).
public struct ReceivedMessage: Sendable {
    /// How the user handed the message over.
    public enum Encoding: String, Sendable {
        case xml = "XML"
        case postBase64 = "base64 (HTTP-POST)"
        case redirectDeflate = "deflate+base64 (HTTP-Redirect)"
        case redirectURL = "an HTTP-Redirect URL"
        case postForm = "an HTML auto-post form"
        case postBody = "a form-encoded POST body"
    }

    /// The SAML binding that carried it, as far as the input shows.
    public enum Binding: String, Sendable {
        case post
        case redirect
        /// Raw XML says nothing about how it travelled.
        case unknown
    }

    /// The message's XML.
    public let xml: [UInt8]
    /// How it was encoded.
    public let encoding: Encoding
    /// How it travelled.
    public let binding: Binding
    /// `SAMLResponse` or `SAMLRequest`, when it came as a parameter.
    public let parameterName: String?
    /// The RelayState that came with it.
    public let relayState: String?
    /// Where it was sent (form action, Redirect endpoint, HAR request URL), when the input says.
    public let receivedAt: String?
    /// The Redirect binding's signature over the query, when the URL carries one.
    public let querySignature: QuerySignature?
    /// For a HAR file: which entry (1-based) it came from.
    public let harEntry: Int?

    /// The Redirect binding's signature parameters and the exact octets they sign
    /// (`SAMLRequest=…&RelayState=…&SigAlg=…`, as received, still percent-encoded).
    public struct QuerySignature: Sendable, Hashable {
        /// The octets the signature covers.
        public let signedOctets: String
        /// `SigAlg`, decoded; nil when missing.
        public let algorithm: String?
        /// `Signature`, decoded (base64); nil when missing.
        public let signature: String?
    }

    /// How the report names the input kind: "HAR entry 3: an HTTP-Redirect URL".
    public var inputDescription: String {
        (harEntry.map { "HAR entry \($0): " } ?? "") + encoding.rawValue
    }
}

/// Why an input holds no message samlcheck can read, in one sentence.
public struct MessageInputProblem: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let description: String
    init(_ description: String) { self.description = description }
}
