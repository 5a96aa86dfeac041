internal import CLibXML2
internal import CSupport
import Synchronization

/// A parsed libxml2 document, owned by Swift and freed with it.
///
/// After parsing, the tree is only read: the model builder, the rules, the schema validator and
/// the signature verifier all work on the same tree. The only writes are to the document's ID
/// table and the type field of ID attributes (IDs registered for schema validation and for
/// xmlsec), which no concurrent reader looks at; that is what makes the unchecked `Sendable`
/// conformance sound (scripts/test-tsan checks it).
final class XMLTree: @unchecked Sendable {
    let document: xmlDocPtr
    /// Distinguishes this tree from others so a ``SourcePosition`` is never resolved against a
    /// tree it does not belong to.
    let serial: UInt32

    /// Elements whose own text or attribute values contain a carriage return, as the parser met
    /// them (see samlcheck_parse_state): only a character reference can put one there.
    private(set) var carriageReturnElements: [xmlNodePtr]

    /// For a document parsed in two halves: the second half, whose nodes now hang in this tree
    /// (see ``graft(_:lineOffset:)``). It owns their names, so it is freed after them.
    private var donor: XMLTree?
    private var graftRecord = samlcheck_graft()

    private static let serials = Atomic<UInt32>(1)

    init(adopting document: xmlDocPtr, carriageReturnElements: [xmlNodePtr] = []) {
        self.document = document
        self.carriageReturnElements = carriageReturnElements
        self.serial = XMLTree.serials.add(1, ordering: .relaxed).newValue
    }

    deinit {
        if donor != nil { samlcheck_ungraft_halves(&graftRecord) }
        xmlFreeDoc(document)
    }

    /// Whether the tree was parsed in two halves (see ``SplitParse``).
    var isGrafted: Bool { donor != nil }

    /// Moves the content of `donor`'s document element to the end of this tree's document
    /// element, shifting its lines by `lineOffset` (see ``SplitParse``). Only before the tree is
    /// shared. False, with nothing changed, when either has no document element.
    func graft(_ donor: XMLTree, lineOffset: Int) -> Bool {
        precondition(self.donor == nil && donor.donor == nil, "a tree is grafted once, from an ungrafted tree")
        guard samlcheck_graft_halves(document, donor.document, lineOffset, &graftRecord) == 0 else { return false }
        self.donor = donor
        carriageReturnElements += donor.carriageReturnElements
        return true
    }

    var rootElement: xmlNodePtr? { xmlDocGetRootElement(document) }

    func position(of node: xmlNodePtr) -> SourcePosition {
        SourcePosition(line: samlcheck_node_line(node), node: node, treeSerial: serial)
    }

    /// The node behind a position, if the position belongs to this tree.
    func node(at position: SourcePosition) -> xmlNodePtr? {
        guard position.treeSerial == serial, let raw = position.nodeAddress else { return nil }
        return raw.assumingMemoryBound(to: xmlNode.self)
    }

    /// A readable path (see ``ElementPaths``), nil when the position is not in this tree.
    func readablePath(of position: SourcePosition) -> String? {
        guard let node = node(at: position) else { return nil }
        return XMLTree.readablePath(of: node)
    }

    /// The same, reusing (and filling) `cache`: findings come in runs on the same entity, so
    /// their paths share most of their segments.
    func readablePath(of position: SourcePosition, cache: inout ElementPaths) -> String? {
        guard let node = node(at: position) else { return nil }
        return cache.path(of: node)
    }

    static func readablePath(of node: xmlNodePtr) -> String {
        var paths = ElementPaths()
        return paths.path(of: node)
    }
}

/// Where a model node came from: its line in the source and, through the tree, a readable path.
///
/// Lines are exact at any size: libxml2 keeps 16 bits, the parser hooks keep the rest.
public struct SourcePosition: Hashable {
    /// 1-based line of the element's start tag; 0 when unknown.
    public let line: Int
    fileprivate let nodeAddress: UnsafeMutableRawPointer?
    fileprivate let treeSerial: UInt32

    fileprivate init(line: Int, node: xmlNodePtr, treeSerial: UInt32) {
        self.line = line
        self.nodeAddress = UnsafeMutableRawPointer(node)
        self.treeSerial = treeSerial
    }

    /// A position with a line only, for findings that concern the input rather than an element.
    public init(line: Int) {
        self.line = line
        self.nodeAddress = nil
        self.treeSerial = 0
    }
}

// The address is only dereferenced by the XMLTree whose serial matches, which owns the node.
extension SourcePosition: @unchecked Sendable {}

/// Which element a position is in, telling apart elements that share a line (metadata written
/// on one line has every element on line 1): the node's address, compared among the findings
/// of one tree, never dereferenced. One word, as every finding carries one.
struct ElementIdentity: Hashable, Sendable {
    fileprivate let address: UInt

    /// No element (a finding about the input, or a deployment).
    static let none = ElementIdentity(address: 0)
}

extension SourcePosition {
    /// The element, for positions that have one.
    var element: ElementIdentity { ElementIdentity(address: nodeAddress.map { UInt(bitPattern: $0) } ?? 0) }
}

extension XMLTree {
    /// Registers every xs:ID attribute in the document's ID table, as schema validation would
    /// (see samlcheck_register_ids), so that validation afterwards only reads the tree.
    @discardableResult
    func registerSchemaIDs() -> Int { Int(samlcheck_register_ids(document)) }
}
