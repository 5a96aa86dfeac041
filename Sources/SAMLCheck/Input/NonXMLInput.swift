/// Inputs that are not XML metadata at all, recognised from their first bytes so that the report
/// can name them ("a PEM certificate", "an HTML page") instead of quoting the parser's first
/// complaint. They cannot be checked: the run exits 2, as for a URL that answers with one.
enum NonXMLInput: Equatable {
    case empty
    /// A PEM file; the label of its first block (`CERTIFICATE`, `PRIVATE KEY`…).
    case pem(label: String)
    /// gzip-compressed bytes: decompressed and checked, as for an HTTP Content-Encoding.
    case gzip
    case html

    /// What the first bytes say, when they say the input is not XML.
    static func recognise(_ head: [UInt8]) -> NonXMLInput? {
        if head.count >= 2, head[0] == 0x1F, head[1] == 0x8B { return .gzip }
        var start = head[...]
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start = start.dropFirst(3) }
        start = start.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if start.isEmpty { return .empty }
        let text = String(decoding: start, as: UTF8.self)
        if text.hasPrefix("-----BEGIN ") {
            let label = text.dropFirst("-----BEGIN ".count).prefix { $0 != "-" }
            return .pem(label: String(label))
        }
        let lowered = text.lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") { return .html }
        return nil
    }

    /// Why the input cannot be checked, in a few words (after "cannot read SOURCE: ").
    var refusal: String {
        switch self {
        case .empty:
            return "it is empty"
        case .pem(let label):
            let what = label.contains("CERTIFICATE") ? "a PEM certificate" : label.contains("KEY") ? "a PEM key" : "a PEM file (\(label))"
            return "it is \(what), not SAML metadata (samlcheck certs reads certificates)"
        case .gzip:
            return "it is gzip-compressed and does not decompress to XML"
        case .html:
            return "it is an HTML page (often a login or error page), not SAML metadata"
        }
    }
}

extension MetadataInput {
    /// Why bytes that were meant to be metadata are not XML at all (empty, a PEM file, an HTML
    /// page), in the words of an input error; nil when they may be XML (gzip counts as such:
    /// the checker decompresses it).
    public static func notXMLReason(_ bytes: [UInt8]) -> String? {
        switch NonXMLInput.recognise(Array(bytes.prefix(ParserInput.headSize))) {
        case .gzip?, nil: return nil
        case let kind?: return kind.refusal
        }
    }
}
