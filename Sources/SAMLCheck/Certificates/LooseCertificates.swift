internal import CLibXML2
internal import CSupport

/// Every ds:X509Certificate of an XML document that is not metadata (a SAML Response, a
/// signed AuthnRequest, anything else), wherever it sits, for `samlcheck certs`.
enum LooseCertificates {
    static func collect(in tree: XMLTree) -> [CertificateInventory.LooseCertificate] {
        guard let root = tree.rootElement else { return [] }
        var found: [CertificateInventory.LooseCertificate] = []
        // Depth-first without recursion, remembering how many ds:Signature ancestors are open.
        var stack: [(node: xmlNodePtr, inSignature: Bool)] = [(root, false)]
        while let (node, inSignature) = stack.popLast() {
            let isDSig = node.namespaceURI == XMLNamespace.xmldsig
            if isDSig, node.localName == "X509Certificate" {
                found.append(CertificateInventory.LooseCertificate(
                    result: CertificateDecoder.decode(base64: node.directText).map(\.info),
                    line: Int(samlcheck_node_line(node)), use: inSignature ? "signature" : "certificate"))
                continue
            }
            let below = inSignature || (isDSig && node.localName == "Signature")
            for child in node.childElements.reversed() { stack.append((child, below)) }
        }
        return found
    }
}
