internal import CLibXML2

/// Readable element paths such as
/// `/EntitiesDescriptor/EntityDescriptor[@entityID='https://sp.example.org']/SPSSODescriptor/AssertionConsumerService[2]`,
/// remembered per element so that the many findings on one entity share the work of their
/// common ancestors.
///
/// A JSON or SARIF report gives every finding its path (68,000 in a large aggregate), so a path
/// is written as bytes straight from libxml2's names into one buffer and becomes a string once:
/// building it from Swift strings segment by segment cost several allocations per element.
struct ElementPaths {
    /// Paths of the elements asked for. Never forgotten: each is a finding's path, which the
    /// finding keeps anyway, and the document-wide rules (the certificate rules, key reuse) ask
    /// for the same certificates rule after rule, across the whole document.
    private var asked: [UnsafeMutableRawPointer: String] = [:]
    /// Paths of shared ancestors (see ``isShared(_:)``), forgotten past ``capacity``.
    private var ancestors: [UnsafeMutableRawPointer: String] = [:]
    private var scratch: [UInt8] = []
    private var chain: [xmlNodePtr] = []

    /// Past this many remembered ancestors that memory is started afresh: they are asked for
    /// while their entity's findings are made, which come together.
    private static let capacity = 4_096

    /// The path of an element (nodes of other types end the walk up, as the document node does).
    ///
    /// The segments below the nearest remembered ancestor are written in one go, and only the
    /// element itself and the ancestors findings share (entities, groups and an entity's direct
    /// children, its roles among them) are remembered: a certificate's KeyInfo and X509Data are on one certificate's path only,
    /// and a string for each of them cost more than writing their two segments.
    mutating func path(of node: xmlNodePtr) -> String {
        let key = UnsafeMutableRawPointer(node)
        if let known = asked[key] { return known }
        chain.removeAll(keepingCapacity: true)
        var prefix: String?
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            let elementKey = UnsafeMutableRawPointer(element)
            if let known = ancestors[elementKey] ?? asked[elementKey] {
                prefix = known
                break
            }
            chain.append(element)
            current = element.pointee.parent
        }
        scratch.removeAll(keepingCapacity: true)
        if let prefix { scratch.append(contentsOf: prefix.utf8) }
        if ancestors.count > Self.capacity { ancestors.removeAll(keepingCapacity: true) }
        for element in chain.reversed() {
            scratch.append(UInt8(ascii: "/"))
            Self.appendSegment(of: element, to: &scratch)
            if element != node && Self.isShared(element) {
                ancestors[UnsafeMutableRawPointer(element)] = String(decoding: scratch, as: UTF8.self)
            }
        }
        let path = String(decoding: scratch, as: UTF8.self)
        asked[key] = path
        return path
    }

    /// Ancestors worth remembering: an entity or group, and an entity's direct children.
    private static func isShared(_ element: xmlNodePtr) -> Bool {
        guard let name = element.pointee.name else { return false }
        if strcmpXML(name, "EntityDescriptor") || strcmpXML(name, "EntitiesDescriptor") { return true }
        guard let parentName = element.pointee.parent?.pointee.name, element.pointee.parent?.pointee.type == XML_ELEMENT_NODE else { return false }
        return strcmpXML(parentName, "EntityDescriptor")
    }

    /// One step: the qualified name (no prefix for SAML metadata elements), the entityID or
    /// Name of an entity or group, else a 1-based position among same-named siblings when
    /// there are several.
    private static func appendSegment(of element: xmlNodePtr, to out: inout [UInt8]) {
        let inMetadata = element.pointee.ns?.pointee.href.map { strcmpXML($0, XMLNamespace.metadata) } ?? false
        if !inMetadata, let prefix = element.pointee.ns?.pointee.prefix, prefix.pointee != 0 {
            appendCString(prefix, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        guard let name = element.pointee.name else { return }
        appendCString(name, to: &out)
        if inMetadata {
            let identifying = strcmpXML(name, "EntityDescriptor") ? "entityID" : strcmpXML(name, "EntitiesDescriptor") ? "Name" : nil
            if let identifying, let value = element.attribute(identifying) {
                out.append(contentsOf: "[@".utf8)
                out.append(contentsOf: identifying.utf8)
                out.append(contentsOf: "='".utf8)
                out.append(contentsOf: value.utf8)
                out.append(contentsOf: "']".utf8)
                return
            }
        }
        var ordinal = 1
        var hasTwin = false
        var sibling = element.pointee.prev
        while let candidate = sibling {
            if candidate.pointee.type == XML_ELEMENT_NODE, candidate.hasSameName(as: element) { ordinal += 1; hasTwin = true }
            sibling = candidate.pointee.prev
        }
        sibling = element.pointee.next
        while !hasTwin, let candidate = sibling {
            if candidate.pointee.type == XML_ELEMENT_NODE, candidate.hasSameName(as: element) { hasTwin = true }
            sibling = candidate.pointee.next
        }
        if hasTwin {
            out.append(UInt8(ascii: "["))
            out.append(contentsOf: String(ordinal).utf8)
            out.append(UInt8(ascii: "]"))
        }
    }

    private static func appendCString(_ text: UnsafePointer<xmlChar>, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
    }
}
