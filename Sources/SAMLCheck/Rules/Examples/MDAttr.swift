/// The mdattr extension (SAML V2.0 Metadata Extension for Entity Attributes): example pieces.
enum MDAttr {
    static let namespaces = #"xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion""#
    static let categoryName = "http://macedir.org/entity-category"

    /// An EntityAttributes with one attribute holding `values` (each a whole AttributeValue text,
    /// a leading `↓` marks the value).
    static func entityAttributes(name: String = categoryName, values: [String], marked: Bool = false) -> String {
        let valueLines = values.map { value -> String in
            let marker = value.hasPrefix("↓") ? "↓" : ""
            return "    \(marker)<saml:AttributeValue>\(value.filter { $0 != "↓" })</saml:AttributeValue>"
        }.joined(separator: "\n")
        return """
        \(marked ? "↓" : "")<mdattr:EntityAttributes \(namespaces)>
          <saml:Attribute Name="\(name)" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
        \(valueLines)
          </saml:Attribute>
        </mdattr:EntityAttributes>
        """
    }
}
