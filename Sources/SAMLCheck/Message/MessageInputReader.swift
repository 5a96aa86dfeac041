#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the SAML messages in what a user pasted or saved: raw XML; base64 (HTTP-POST, line
/// breaks allowed); base64 of raw DEFLATE (HTTP-Redirect); a whole Redirect URL; a form-encoded
/// POST body; an HTML page with the auto-post form; a HAR file (every message in it, in order).
public enum MessageInputReader {
    /// Largest input and largest inflated message accepted (a deflate bomb stops here).
    public static let maximumBytes = 16 << 20

    /// The messages in `bytes`, in order, or why there are none.
    public static func read(_ bytes: [UInt8]) -> Result<[ReceivedMessage], MessageInputProblem> {
        guard bytes.count <= maximumBytes else { return .failure(MessageInputProblem("the input is larger than \(maximumBytes >> 20) MiB")) }
        var text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard !text.isEmpty else { return .failure(MessageInputProblem("the input is empty")) }
        if text.hasPrefix("{") { return HARMessages.read(text) }
        if text.hasPrefix("<") {
            if !text.hasPrefix("<?xml"), let form = HTMLAutoPostForm(text) { return form.messages().map { [$0] } }
            return .success([ReceivedMessage(xml: bytes, encoding: .xml, binding: .unknown, parameterName: nil, relayState: nil,
                                             receivedAt: nil, querySignature: nil, harEntry: nil)])
        }
        if text.contains("SAMLRequest=") || text.contains("SAMLResponse=") {
            let isURL = text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("/") || text.contains("?")
            let message = isURL ? fromRedirectURL(text, harEntry: nil) : fromPostBody(text, receivedAt: nil, harEntry: nil)
            return message.map { [$0] }
        }
        return fromBase64(text, parameter: nil, relayState: nil, receivedAt: nil, harEntry: nil, formEncoded: false).map { [$0] }
    }

    /// A message in one base64 value: of the XML (HTTP-POST) or of its raw DEFLATE (HTTP-Redirect).
    static func fromBase64(_ value: String, parameter: String?, relayState: String?, receivedAt: String?, harEntry: Int?,
                           formEncoded: Bool) -> Result<ReceivedMessage, MessageInputProblem> {
        // Percent-decoding keeps '+' (a base64 digit); a form body whose '+' became a space on the
        // way (pasted from a decoded log) gets it back, as base64 has no spaces.
        // A value copied from a query may still be percent-encoded; base64 itself has no '%'.
        let compact = String(String.UnicodeScalarView(RedirectMessage.percentDecoded(value).unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            if scalar == " " && formEncoded { return "+" }
            return scalar.properties.isWhitespace ? nil : scalar
        }))
        let name = parameter ?? "the input"
        guard case .success(let decoded) = Base64.decode(compact) else {
            return .failure(MessageInputProblem("\(name) is neither XML, base64, a URL with SAMLRequest/SAMLResponse, an HTML form nor a HAR file"))
        }
        var start = decoded[...]
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        while let first = start.first, first == 0x20 || first == 0x0A || first == 0x0D || first == 0x09 { start = start.dropFirst() }
        if start.first == UInt8(ascii: "<") {
            return .success(ReceivedMessage(xml: decoded, encoding: .postBase64, binding: .post, parameterName: parameter, relayState: relayState,
                                            receivedAt: receivedAt, querySignature: nil, harEntry: harEntry))
        }
        return inflate(decoded, name: name).map {
            ReceivedMessage(xml: $0, encoding: .redirectDeflate, binding: .redirect, parameterName: parameter, relayState: relayState,
                            receivedAt: receivedAt, querySignature: nil, harEntry: harEntry)
        }
    }

    /// Raw DEFLATE, bounded.
    static func inflate(_ deflated: [UInt8], name: String) -> Result<[UInt8], MessageInputProblem> {
        RawDeflate.inflate(deflated, limit: maximumBytes).mapError { failure in
            switch failure {
            case .tooLarge: return MessageInputProblem("\(name) inflates to more than \(maximumBytes >> 20) MiB")
            case .notDeflate: return MessageInputProblem("\(name) is base64 but neither XML nor raw DEFLATE data")
            }
        }
    }

    /// The message in a Redirect URL, with the exact octets its query signature covers.
    static func fromRedirectURL(_ url: String, harEntry: Int?) -> Result<ReceivedMessage, MessageInputProblem> {
        // A bare query (no "?") has no endpoint.
        let redirect = RedirectMessage(location: url.contains("?") ? url : "?" + url)
        let endpoint = redirect.endpoint.isEmpty ? nil : redirect.endpoint
        let raw = redirect.rawParameters
        func rawValue(_ name: String) -> String? { raw.first { $0.name == name }?.value }
        func decoded(_ name: String) -> String? { rawValue(name).map { RedirectMessage.percentDecoded($0) } }
        guard let parameter = ["SAMLResponse", "SAMLRequest"].first(where: { rawValue($0) != nil }), let value = decoded(parameter) else {
            return .failure(MessageInputProblem("the URL has no SAMLRequest or SAMLResponse parameter"))
        }
        var octets = parameter + "=" + rawValue(parameter)!
        if let relay = rawValue("RelayState") { octets += "&RelayState=" + relay }
        if let algorithm = rawValue("SigAlg") { octets += "&SigAlg=" + algorithm }
        let signature = rawValue("Signature") != nil || rawValue("SigAlg") != nil
            ? ReceivedMessage.QuerySignature(signedOctets: octets, algorithm: decoded("SigAlg"), signature: decoded("Signature")) : nil
        return fromBase64(value, parameter: parameter, relayState: decoded("RelayState"), receivedAt: endpoint, harEntry: harEntry, formEncoded: false)
            .map { message in
                ReceivedMessage(xml: message.xml, encoding: .redirectURL, binding: .redirect,
                                parameterName: parameter, relayState: message.relayState, receivedAt: endpoint, querySignature: signature,
                                harEntry: harEntry)
            }
    }

    /// The message in an `application/x-www-form-urlencoded` body.
    static func fromPostBody(_ body: String, receivedAt: String?, harEntry: Int?) -> Result<ReceivedMessage, MessageInputProblem> {
        let fields = body.split(separator: "&").map { pair -> (name: String, value: String) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (RedirectMessage.percentDecoded(String(parts[0])),
                    parts.count > 1 ? String(parts[1]) : "")
        }
        return fromFields(fields.map { ($0.name, $0.value, true) }, receivedAt: receivedAt, harEntry: harEntry, encoding: .postBody)
    }

    /// The message among form fields (`encoded`: still form-encoded).
    static func fromFields(_ fields: [(name: String, value: String, encoded: Bool)], receivedAt: String?, harEntry: Int?,
                           encoding: ReceivedMessage.Encoding) -> Result<ReceivedMessage, MessageInputProblem> {
        func value(_ name: String) -> String? {
            fields.first { $0.name == name }.map { field in
                field.encoded ? RedirectMessage.percentDecoded(field.value) : field.value
            }
        }
        guard let parameter = ["SAMLResponse", "SAMLRequest"].first(where: { value($0) != nil }), let message = value(parameter) else {
            return .failure(MessageInputProblem("the form has no SAMLRequest or SAMLResponse field"))
        }
        let formEncoded = fields.first { $0.name == parameter }?.encoded ?? false
        return fromBase64(message, parameter: parameter, relayState: value("RelayState"), receivedAt: receivedAt, harEntry: harEntry,
                          formEncoded: formEncoded).map { decoded in
            ReceivedMessage(xml: decoded.xml, encoding: decoded.encoding == .postBase64 ? encoding : decoded.encoding, binding: decoded.binding,
                            parameterName: parameter, relayState: decoded.relayState, receivedAt: receivedAt, querySignature: nil, harEntry: harEntry)
        }
    }
}
