/// The auto-post page an IdP (or SP) sends to the browser: a `<form>` whose action is the
/// receiver's endpoint and whose hidden inputs carry SAMLResponse (or SAMLRequest) and RelayState.
/// Read by a small tag scanner, never by an HTML engine: only `form` and `input` tags matter.
struct HTMLAutoPostForm {
    let action: String?
    let fields: [(name: String, value: String)]

    /// The form in `html`, nil when the page has no SAML field.
    init?(_ html: String) {
        var action: String?
        var fields: [(name: String, value: String)] = []
        for tag in Self.tags(in: html) {
            switch tag.name {
            case "form": action = action ?? tag.attributes["action"]
            case "input":
                if let name = tag.attributes["name"] { fields.append((name, tag.attributes["value"] ?? "")) }
            default: continue
            }
        }
        guard fields.contains(where: { $0.name == "SAMLResponse" || $0.name == "SAMLRequest" }) else { return nil }
        self.action = action
        self.fields = fields
    }

    /// The message the form posts.
    func messages(harEntry: Int? = nil) -> Result<ReceivedMessage, MessageInputProblem> {
        MessageInputReader.fromFields(fields.map { ($0.name, $0.value, false) }, receivedAt: action, harEntry: harEntry, encoding: .postForm)
    }

    private struct Tag {
        var name: String
        var attributes: [String: String]
    }

    /// The start tags of the page, names lower-cased, attribute values with character references
    /// resolved.
    private static func tags(in html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            index += 1
            var nameEnd = index
            while nameEnd < bytes.count, (bytes[nameEnd] | 0x20) >= UInt8(ascii: "a"), (bytes[nameEnd] | 0x20) <= UInt8(ascii: "z") { nameEnd += 1 }
            let name = String(decoding: bytes[index..<nameEnd], as: UTF8.self).lowercased()
            index = nameEnd
            guard name == "form" || name == "input" else { continue }
            var attributes: [String: String] = [:]
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                let start = index
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") { index += 1 }
                let attribute = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
                var value = ""
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                        let quote = bytes[index]
                        index += 1
                        let valueStart = index
                        while index < bytes.count, bytes[index] != quote { index += 1 }
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                        index += 1
                    } else {
                        let valueStart = index
                        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    }
                }
                if attribute.isEmpty { if index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }; continue }
                if attributes[attribute] == nil { attributes[attribute] = characterReferencesResolved(value) }
            }
            tags.append(Tag(name: name, attributes: attributes))
        }
        return tags
    }

    /// `&amp;`, `&quot;`, `&lt;`, `&gt;`, `&apos;`, `&#43;` and `&#x2B;` resolved; others kept.
    static func characterReferencesResolved(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else { result += "&"; rest = rest.dropFirst(); continue }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            var replacement: String?
            switch entity {
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let replacement {
                result += replacement
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
}
