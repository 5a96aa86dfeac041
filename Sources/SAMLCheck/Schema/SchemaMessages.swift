/// libxml2's schema messages, rewritten into plain words where a pattern is known:
/// `Element '{urn:…:metadata}SPSSODescriptor': The attribute 'protocolSupportEnumeration' is required
/// but missing.` becomes `SPSSODescriptor is missing the required attribute protocolSupportEnumeration.`
enum SchemaMessages {
    static let prefixes: [String: String] = [
        XMLNamespace.metadata: "", XMLNamespace.assertion: "saml:", XMLNamespace.xmldsig: "ds:", XMLNamespace.xmldsig11: "ds11:",
        XMLNamespace.xmlenc: "xenc:", XMLNamespace.xmlenc11: "xenc11:", XMLNamespace.mdui: "mdui:", XMLNamespace.mdrpi: "mdrpi:",
        XMLNamespace.mdattr: "mdattr:", XMLNamespace.algsupport: "alg:", XMLNamespace.idpDiscovery: "idpdisc:",
        XMLNamespace.requestInitiation: "init:", XMLNamespace.shibmd: "shibmd:", XMLNamespace.xml: "xml:",
        XMLNamespace.wsFederation: "fed:", XMLNamespace.xsi: "xsi:",
    ]

    /// `{namespace}Name` → `prefix:Name` for known namespaces.
    static func compactNames(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let namespace = String(rest[rest.index(after: open)..<close])
            result += prefixes[namespace] ?? "{\(namespace)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func plain(_ message: String) -> String {
        let text = compactNames(message)
        // Element 'X', attribute 'A': … / Element 'X': …
        guard text.hasPrefix("Element '"), let nameEnd = text.dropFirst(9).firstIndex(of: "'") else { return text }
        let element = String(text[text.index(text.startIndex, offsetBy: 9)..<nameEnd])
        var rest = String(text[text.index(after: nameEnd)...])
        var attribute: String?
        if rest.hasPrefix(", attribute '"), let end = rest.dropFirst(13).firstIndex(of: "'") {
            attribute = String(rest[rest.index(rest.startIndex, offsetBy: 13)..<end])
            rest = String(rest[rest.index(after: end)...])
        }
        guard rest.hasPrefix(": ") else { return text }
        let detail = String(rest.dropFirst(2))

        if let missing = capture(detail, between: "The attribute '", and: "' is required but missing.") {
            return "\(element) is missing the required attribute \(missing)."
        }
        if detail.hasPrefix("This element is not expected.") {
            if let expected = capture(detail, between: "Expected is one of ( ", and: " ).") ?? capture(detail, between: "Expected is ( ", and: " ).") {
                return "\(element) is not allowed here; expected \(list(expected))."
            }
            return "\(element) is not allowed here."
        }
        if detail.hasPrefix("Missing child element(s).") {
            if let expected = capture(detail, between: "Expected is one of ( ", and: " ).") ?? capture(detail, between: "Expected is ( ", and: " ).") {
                return "\(element) is missing a child element: expected \(list(expected))."
            }
            return "\(element) is missing a required child element."
        }
        if let attribute, detail.hasPrefix("The attribute '"), detail.hasSuffix("' is not allowed.") {
            return "\(element) does not allow the attribute \(attribute)."
        }
        if let attribute, let value = capture(detail, between: "'", and: "' is not a valid value of the atomic type '"),
           let type = capture(detail, between: "of the atomic type '", and: "'.") {
            return "\(element)'s \(attribute) '\(value)' is not a valid \(type)."
        }
        if let attribute, let value = capture(detail, between: "'", and: "' is not a valid value of the list type '") {
            return "\(element)'s \(attribute) '\(value)' is not a valid list of URIs."
        }
        if let attribute, let value = capture(detail, between: "[facet 'enumeration'] The value '", and: "' is not an element of the set") {
            return "\(element)'s \(attribute) '\(value)' is not one of the allowed values."
        }
        if let value = capture(detail, between: "'", and: "' is not a valid value of the atomic type '"),
           let type = capture(detail, between: "of the atomic type '", and: "'.") {
            return "\(element)'s content '\(value)' is not a valid \(type)."
        }
        if detail.contains("[facet 'minLength']") {
            return "\(element)\(attribute.map { "'s \($0)" } ?? "") must not be empty."
        }
        if detail.hasPrefix("The type definition is abstract") {
            return "\(element) has no xsi:type, and its type is abstract: an extension role needs xsi:type naming a concrete type."
        }
        if detail.hasPrefix("The QName value '"), detail.contains("of the xsi:type attribute does not resolve to a type definition") {
            return "\(element) has an xsi:type that no schema samlcheck knows defines; its content cannot be validated."
        }
        if detail.hasPrefix("No matching global declaration available for the validation root") {
            return "\(element) is not an element the SAML metadata schemas declare."
        }
        if detail.hasPrefix("Character content other than whitespace is not allowed") {
            return "\(element) must not contain text."
        }
        return "\(element)\(attribute.map { ", attribute \($0)" } ?? ""): \(detail)"
    }

    private static func capture(_ text: String, between start: String, and end: String) -> String? {
        guard let startRange = text.firstRange(of: start), let endRange = text[startRange.upperBound...].firstRange(of: end) else {
            return nil
        }
        return String(text[startRange.upperBound..<endRange.lowerBound])
    }

    private static func list(_ expected: String) -> String {
        let names = expected.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard names.count > 1 else { return names.first ?? expected }
        return "one of " + names.joined(separator: ", ")
    }
}
