internal import CLibXML2
internal import CSupport

/// Read-only accessors over libxml2 element nodes. Nothing here allocates libxml2 memory that the
/// caller must free, and nothing writes to the tree.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// The element's local name.
    var localName: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI of the element, nil when unqualified.
    var namespaceURI: String? { pointee.ns?.pointee.href.map { String(cString: $0) } }

    var namespacePrefix: String? { pointee.ns?.pointee.prefix.map { String(cString: $0) } }

    func hasSameName(as other: xmlNodePtr) -> Bool {
        guard xmlStrEqual(pointee.name, other.pointee.name) != 0 else { return false }
        let mine = pointee.ns?.pointee.href
        let theirs = other.pointee.ns?.pointee.href
        if mine == nil || theirs == nil { return mine == nil && theirs == nil }
        return xmlStrEqual(mine, theirs) != 0
    }

    /// The value of an unqualified attribute, nil when absent.
    func attribute(_ name: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, let attrName = current.pointee.name, strcmpXML(attrName, name) {
                return current.value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The value of a namespace-qualified attribute, nil when absent.
    func attribute(_ name: String, namespace: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let ns = current.pointee.ns?.pointee.href, strcmpXML(ns, namespace),
               let attrName = current.pointee.name, strcmpXML(attrName, name) {
                return current.value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// First child element, then its siblings, in document order.
    var childElements: ChildElementSequence { ChildElementSequence(first: pointee.children) }

    /// The concatenated text and CDATA content directly inside the element (not its descendants).
    var directText: String {
        var result = ""
        var child = pointee.children
        var pieces = 0
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                if pieces == 0 { result = String(cString: content) } else { result += String(cString: content) }
                pieces += 1
            }
            child = current.pointee.next
        }
        return result
    }

    /// True when the element has a child element or non-whitespace text.
    var hasContent: Bool {
        var child = pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE: return true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content, !String(cString: content).isBlank { return true }
            default: break
            }
            child = current.pointee.next
        }
        return false
    }
}

extension UnsafeMutablePointer where Pointee == xmlAttr {
    /// The attribute's value. Without DTD processing an attribute holds a single text node, except
    /// for character references to characters such as tabs which libxml2 may split out.
    var value: String {
        guard let first = pointee.children else { return "" }
        if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE, let content = first.pointee.content {
            return String(cString: content)
        }
        guard let joined = xmlNodeListGetString(pointee.doc, first, 1) else { return "" }
        defer { samlcheck_xml_free(joined) }
        return String(cString: joined)
    }
}

/// Iterates the element children of a node.
struct ChildElementSequence: Sequence, IteratorProtocol {
    private var upcoming: xmlNodePtr?

    init(first: xmlNodePtr?) { self.upcoming = first }

    mutating func next() -> xmlNodePtr? {
        while let current = upcoming {
            upcoming = current.pointee.next
            if current.pointee.type == XML_ELEMENT_NODE { return current }
        }
        return nil
    }
}

/// Compares a libxml2 string with a Swift string without allocating.
@inline(__always)
func strcmpXML(_ xml: UnsafePointer<xmlChar>, _ string: String) -> Bool {
    var string = string
    return string.withUTF8 { utf8 in
        var index = 0
        while index < utf8.count {
            if xml[index] != utf8[index] { return false }
            index += 1
        }
        return xml[index] == 0
    }
}
