internal import CFetch
internal import CLibXML2

/// A SAML message carried by the HTTP-Redirect binding: the query of a redirect URL, with
/// SAMLRequest (base64 of raw DEFLATE), RelayState, SigAlg and Signature.
public struct RedirectMessage: Sendable {
    /// The URL without its query: where the browser is sent.
    public let endpoint: String
    /// Query parameters, percent-decoded, in order.
    public var parameters: [(name: String, value: String)] { rawParameters.map { ($0.name, RedirectMessage.percentDecoded($0.value)) } }
    /// Query parameters with their values as received (still percent-encoded), in order: what a
    /// Redirect signature covers.
    let rawParameters: [(name: String, value: String)]
    /// Length of the whole URL (very long signed requests hit IdP limits).
    public let length: Int

    /// The message in the redirect URL `location`.
    public init(location: String) {
        length = location.utf8.count
        var query = ""
        if let mark = location.firstIndex(of: "?") {
            endpoint = String(location[..<mark])
            query = String(location[location.index(after: mark)...])
        } else {
            endpoint = location
        }
        if let hash = query.firstIndex(of: "#") { query = String(query[..<hash]) }
        rawParameters = query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (RedirectMessage.percentDecoded(String(parts[0])), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// The first query parameter with this name, percent-decoded.
    public func parameter(_ name: String) -> String? { parameters.first { $0.name == name }?.value }

    /// Percent-decoding without turning `+` into a space: base64 has `+` but never spaces.
    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
               let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `base64(deflate(xml))`, percent-encoded for a query: what an SP puts in SAMLRequest.
    public static func encode(_ xml: String) -> String {
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let bytes = Array(xml.utf8)
        _ = bytes.withUnsafeBufferPointer { samlcheck_deflate_raw($0.baseAddress, $0.count, &output, &length) }
        defer { samlcheck_free(output) }
        let deflated = output.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
        return MetadataQuery.percentEncoded(Base64.encode(deflated))
    }
}

/// What an AuthnRequest says, as an IdP will read it.
public struct DecodedAuthnRequest: Sendable, Hashable {
    /// The `ID` attribute.
    public var id: String?
    /// The `Destination` attribute.
    public var destination: String?
    /// The `saml:Issuer` text.
    public var issuer: String?
    /// The `AssertionConsumerServiceURL` attribute.
    public var assertionConsumerServiceURL: String?
    /// The `ProtocolBinding` attribute.
    public var protocolBinding: String?
    /// The NameIDPolicy `Format`.
    public var nameIDFormat: String?
    /// Whether a ds:Signature is embedded (wrong for HTTP-Redirect, which signs the query).
    public var hasEmbeddedSignature: Bool
}

enum AuthnRequestDecoder {
    /// Largest inflated request accepted (a deflate bomb stops here).
    static let maximumBytes = 1 << 20

    static func decode(_ base64: String) -> Result<DecodedAuthnRequest, AuthnRequestProblem> {
        guard case .success(let deflated) = Base64.decode(base64) else { return .failure(.init("SAMLRequest is not valid base64")) }
        switch RawDeflate.inflate(deflated, limit: maximumBytes) {
        case .success(let xml): return parse(xml)
        case .failure(.tooLarge): return .failure(.init("SAMLRequest inflates to more than \(maximumBytes) bytes"))
        case .failure(.notDeflate): return .failure(.init("SAMLRequest is not raw DEFLATE data as the HTTP-Redirect binding requires"))
        }
    }

    static func parse(_ xml: [UInt8]) -> Result<DecodedAuthnRequest, AuthnRequestProblem> {
        xml.withUnsafeBytes { buffer in
            switch SafeParser.parse(ParserInput(memory: buffer, limit: maximumBytes), limits: ParseLimits(maximumBytes: maximumBytes)) {
            case .parsed(let tree):
                guard let root = tree.rootElement, root.localName == "AuthnRequest", root.namespaceURI == XMLNamespace.protocolNS else {
                    return .failure(.init("the SAMLRequest is not a samlp:AuthnRequest"))
                }
                var request = DecodedAuthnRequest(id: root.attribute("ID"), destination: root.attribute("Destination"),
                                                  assertionConsumerServiceURL: root.attribute("AssertionConsumerServiceURL"),
                                                  protocolBinding: root.attribute("ProtocolBinding"), hasEmbeddedSignature: false)
                for child in root.childElements {
                    switch (child.namespaceURI, child.localName) {
                    case (XMLNamespace.assertion?, "Issuer"): request.issuer = child.directText.trimmingWhitespace()
                    case (XMLNamespace.protocolNS?, "NameIDPolicy"): request.nameIDFormat = child.attribute("Format")
                    case (XMLNamespace.xmldsig?, "Signature"): request.hasEmbeddedSignature = true
                    default: continue
                    }
                }
                return .success(request)
            case .doctype: return .failure(.init("the SAMLRequest carries a DOCTYPE"))
            default: return .failure(.init("the SAMLRequest is not well-formed XML"))
            }
        }
    }
}

/// Why a SAMLRequest could not be read.
public struct AuthnRequestProblem: Error, Sendable {
    /// What is wrong, in one sentence.
    public let message: String
    init(_ message: String) { self.message = message }
}

extension RedirectMessage {
    /// The AuthnRequest in the SAMLRequest parameter, read as an IdP would (nil without one).
    public func authnRequest() -> Result<DecodedAuthnRequest, AuthnRequestProblem>? {
        parameter("SAMLRequest").map(AuthnRequestDecoder.decode)
    }
}

extension DecodedAuthnRequest {
    /// Reads an AuthnRequest from its XML, safely (bounded, no DTD, no network).
    public static func parse(xml: [UInt8]) -> Result<DecodedAuthnRequest, AuthnRequestProblem> {
        AuthnRequestDecoder.parse(xml)
    }
}
