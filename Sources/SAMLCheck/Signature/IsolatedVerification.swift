internal import CLibXML2
internal import CSupport

/// Verifies a signature deeper in the tree on a copy of the element it signs.
///
/// xmlsec canonicalises a node set by walking the whole document, so verifying each entity's
/// signature in place would cost the size of the aggregate every time (quadratic over an
/// aggregate). The copy holds just the signed element, with every namespace in scope declared on
/// it so that inclusive and exclusive canonicalization produce the same bytes as in place.
enum IsolatedVerification {
    static func verify(signatureNode: xmlNodePtr, signedElementID: String?, signedElementName: String,
                       _ decide: (xmlNodePtr) -> TrustDecision.Verdict) -> TrustDecision.Verdict {
        guard let signedElement = signatureNode.pointee.parent, let source = signedElement.pointee.doc,
              let copyDocument = xmlNewDoc("1.0") else {
            return TrustDecision.Verdict(status: .notChecked, reason: "The signed element could not be copied for verification, so the signature was not checked.")
        }
        defer { xmlFreeDoc(copyDocument) }
        guard let copy = xmlDocCopyNode(signedElement, copyDocument, 1) else {
            return TrustDecision.Verdict(status: .notChecked, reason: "The signed element could not be copied for verification, so the signature was not checked.")
        }
        xmlDocSetRootElement(copyDocument, copy)
        if let inScope = xmlGetNsList(source, signedElement) {
            var index = 0
            while let namespace = inScope[index] {
                if xmlSearchNs(copyDocument, copy, namespace.pointee.prefix) == nil {
                    _ = xmlNewNs(copy, namespace.pointee.href, namespace.pointee.prefix)
                }
                index += 1
            }
            samlcheck_xml_free(inScope)
        }
        // Copying re-registers the xml:id attributes inside; the Reference must still resolve to
        // the copied element itself, in the table xmlsec will read.
        if let id = signedElementID,
           let wrong = ReferenceTarget.explain(ReferenceTarget.bind(id: id, to: copy), id: id, signedElementName: signedElementName) {
            return TrustDecision.Verdict(status: .invalid, reason: wrong)
        }
        var child = copy.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, strcmpXML(current.pointee.name, "Signature"),
               let href = current.pointee.ns?.pointee.href, strcmpXML(href, XMLNamespace.xmldsig) {
                return decide(current)
            }
            child = current.pointee.next
        }
        return TrustDecision.Verdict(status: .notChecked, reason: "The signature could not be found in the copy made for verification, so it was not checked.")
    }
}
