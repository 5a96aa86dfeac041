internal import CLibXML2

/// Attributes read the way xmlsec 1.2 reads them.
///
/// xmlsec reads `URI`, `Algorithm`, `Id`, `Type` and `PrefixList` with `xmlGetProp`, which returns
/// the first attribute of that local name whatever its namespace: on `<Reference x:URI="#a"
/// URI="#b">` it digests `#a`. Whatever decides whether a signature may be verified must read the
/// same value, through the same libxml2 call, and must refuse elements where the two readings
/// could differ.
extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The value xmlsec sees for `name`: the first attribute with that local name, in any
    /// namespace (libxml2's `xmlHasProp`, which `xmlGetProp` uses). Nil when there is none.
    func attributeAsXMLSecReads(_ name: String) -> String? {
        // Without a DTD (samlcheck refuses documents that have one) xmlHasProp returns only real
        // attributes, never a declaration's default.
        guard let attribute = xmlHasProp(self, name), attribute.pointee.type == XML_ATTRIBUTE_NODE else { return nil }
        return attribute.value
    }

    /// Local names carried by more than one attribute of this element (`URI` for
    /// `x:URI="…" URI="…"`), in the order they first appear. A namespace-blind reader and a
    /// namespace-aware one disagree on exactly these.
    var attributeLocalNamesUsedTwice: [String] {
        var seen: [String] = []
        var repeated: [String] = []
        var attribute = pointee.properties
        while let current = attribute {
            if let raw = current.pointee.name {
                let name = String(cString: raw)
                if seen.contains(name) {
                    if !repeated.contains(name) { repeated.append(name) }
                } else {
                    seen.append(name)
                }
            }
            attribute = current.pointee.next
        }
        return repeated
    }
}
