internal import CLibXML2
internal import CSupport

/// One pass over every element of the tree for the document-wide facts rules need: xs:ID
/// declarations, element namespaces and the element count. Iterative, so depth costs no stack.
struct DocumentScan {
    private(set) var ids: [IDDeclaration] = []
    private(set) var namespaceUses: [NamespaceUse] = []
    private(set) var elementCount = 0
    /// Lines of elements whose text or attribute values contain a carriage return, in order, each
    /// once. XML parsing turns every literal CR into a line feed, so a CR that survives came from a
    /// character reference (`&#13;`, `&#xD;`). The parser noted the elements as the text went by.
    private(set) var carriageReturnLines: [Int] = []
    /// Every ds:Signature element, wherever it is.
    private(set) var signatures: [SignatureLocation] = []
    /// Every XML comment inside the document element, with its line.
    private(set) var comments: [TextValue] = []
    private var seenNamespaceDeclarations: Set<UnsafeMutablePointer<xmlNs>> = []
    private var seenNamespaceURIs: Set<String> = []

    mutating func walk(_ root: xmlNodePtr, tree: XMLTree, names: inout ModelBuilder) {
        var lines = tree.carriageReturnElements.map { tree.position(of: $0).line }
        lines.sort()
        for line in lines where carriageReturnLines.last != line { carriageReturnLines.append(line) }
        var node: xmlNodePtr? = root
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                visit(current, tree: tree, names: &names)
                if let child = current.pointee.children {
                    node = child
                    continue
                }
            } else if current.pointee.type == XML_COMMENT_NODE {
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                comments.append(TextValue(value: text, position: SourcePosition(line: samlcheck_node_line(current))))
            }
            // Next sibling, or climb until an ancestor has one (stopping at the root).
            var climber: xmlNodePtr? = current
            node = nil
            while let up = climber, up != root {
                if let sibling = up.pointee.next { node = sibling; break }
                climber = up.pointee.parent
            }
        }
    }

    private mutating func visit(_ element: xmlNodePtr, tree: XMLTree, names: inout ModelBuilder) {
        elementCount += 1
        if let href = element.pointee.ns?.pointee.href, strcmpXML(href, XMLNamespace.xmldsig),
           let name = element.pointee.name, strcmpXML(name, "Signature") {
            recordSignature(element, tree: tree, names: &names)
        }
        if let ns = element.pointee.ns, !seenNamespaceDeclarations.contains(ns) {
            seenNamespaceDeclarations.insert(ns)
            let uri = names.namespace(of: element) ?? ""
            if !seenNamespaceURIs.contains(uri) {
                seenNamespaceURIs.insert(uri)
                namespaceUses.append(NamespaceUse(
                    namespace: uri,
                    prefix: element.namespacePrefix,
                    firstElement: names.localName(of: element),
                    position: tree.position(of: element)))
            }
        }
        var attribute = element.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, current.pointee.ns == nil {
                // SAML's ID attributes are `ID`; XML-Signature and XML-Encryption use `Id`.
                if strcmpXML(attributeName, "ID") || (strcmpXML(attributeName, "Id") && isSecurityNamespace(element)) {
                    ids.append(IDDeclaration(value: current.value, elementName: names.localName(of: element), position: tree.position(of: element)))
                }
            } else if let attributeName = current.pointee.name, strcmpXML(attributeName, "id"),
                      let ns = current.pointee.ns?.pointee.href, strcmpXML(ns, XMLNamespace.xml) {
                ids.append(IDDeclaration(value: current.value, elementName: names.localName(of: element), position: tree.position(of: element)))
            }
            attribute = current.pointee.next
        }
    }

    private mutating func recordSignature(_ element: xmlNodePtr, tree: XMLTree, names: inout ModelBuilder) {
        guard let parent = element.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
        var isFirstChild = true
        var sibling = element.pointee.prev
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE { isFirstChild = false; break }
            sibling = current.pointee.prev
        }
        signatures.append(SignatureLocation(
            position: tree.position(of: element),
            parentPosition: tree.position(of: parent),
            parentNamespace: names.namespace(of: parent),
            parentName: names.localName(of: parent),
            parentIsDocumentElement: parent.pointee.parent?.pointee.type == XML_DOCUMENT_NODE,
            isFirstChild: isFirstChild))
    }

    private func isSecurityNamespace(_ element: xmlNodePtr) -> Bool {
        guard let href = element.pointee.ns?.pointee.href else { return false }
        return strcmpXML(href, XMLNamespace.xmldsig) || strcmpXML(href, XMLNamespace.xmlenc)
            || strcmpXML(href, XMLNamespace.xmldsig11) || strcmpXML(href, XMLNamespace.xmlenc11)
    }
}

