internal import CLibXML2
internal import CSupport

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Whether this node and its descendants read exactly like `other` and its descendants, which
    /// may belong to another tree: the same nodes in the same order, with the same names,
    /// namespace URIs and prefixes, attributes in the same order with the same values, and the same
    /// text, comments and processing instructions. Only lines and namespace declarations may
    /// differ. Whatever is built from one of them alone is then built alike from the other.
    func readsTheSame(as other: xmlNodePtr) -> Bool {
        samlcheck_same_subtree(self, other) != 0
    }
}
