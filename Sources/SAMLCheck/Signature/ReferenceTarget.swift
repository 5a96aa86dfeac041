internal import CLibXML2
internal import CSupport

/// What a same-document Reference `#id` will digest: xmlsec turns it into the XPointer
/// `id('id')`, which libxml2 answers from the document's ID table (`xmlGetID`). The profile can
/// only promise "the signature covers the element that contains it" when that table maps the ID
/// to that very element — not to an `xml:id` elsewhere, a namespaced twin of the ID attribute, or
/// a second element carrying the same value.
enum ReferenceTarget {
    enum Resolution: Equatable {
        /// `#id` resolves to the signed element.
        case signedElement
        /// `#id` resolves to another element (its name and line).
        case otherElement(name: String, line: Int)
        /// Nothing carries the ID in the table.
        case unresolved
    }

    /// Registers the signed element's own, unqualified ID attribute for `id` unless the table
    /// already maps `id`, then asks the table the way xmlsec will.
    static func bind(id: String, to signedElement: xmlNodePtr) -> Resolution {
        guard let document = signedElement.pointee.doc else { return .unresolved }
        if xmlGetID(document, id) == nil, let attribute = ownIDAttribute(of: signedElement, value: id) {
            _ = xmlAddID(nil, document, id, attribute)
        }
        guard let attribute = xmlGetID(document, id) else { return .unresolved }
        guard let owner = attribute.pointee.parent else { return .unresolved }
        if owner == signedElement { return .signedElement }
        return .otherElement(name: owner.localName, line: Int(samlcheck_node_line(owner)))
    }

    /// The explanation for a Reference that does not resolve to its signed element.
    static func explain(_ resolution: Resolution, id: String, signedElementName: String) -> String? {
        switch resolution {
        case .signedElement:
            return nil
        case .otherElement(let name, let line):
            return "The Reference \"#\(id)\" resolves to the \(name) on line \(line), not to the \(signedElementName) that contains the signature (signature wrapping)."
        case .unresolved:
            return "The Reference \"#\(id)\" does not resolve to the \(signedElementName) that contains the signature."
        }
    }

    /// The element's unqualified `ID` (SAML), `Id` or `id` attribute holding `value`.
    private static func ownIDAttribute(of element: xmlNodePtr, value: String) -> xmlAttrPtr? {
        var attribute = element.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, let name = current.pointee.name,
               strcmpXML(name, "ID") || strcmpXML(name, "Id") || strcmpXML(name, "id"), current.value == value {
                return current
            }
            attribute = current.pointee.next
        }
        return nil
    }
}
