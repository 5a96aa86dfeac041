/// The typed view of one metadata document, built once from its tree. Every check reads this.
public struct MetadataDocument: Sendable {
    /// What the document element is.
    public enum Root: Sendable, Hashable {
        /// An `md:EntitiesDescriptor`: ``MetadataDocument/groups`` starts with it.
        case entitiesDescriptor
        /// A standalone `md:EntityDescriptor`: ``MetadataDocument/entities`` holds it alone.
        case entityDescriptor
        /// Anything else: metadata rules have nothing to read.
        case other(namespace: String?, localName: String)
    }

    /// What the document element is.
    public let root: Root
    /// Where the document element starts.
    public let rootPosition: SourcePosition
    /// Every EntityDescriptor in document order, however deeply nested.
    public let entities: [EntityDescriptor]
    /// Every EntitiesDescriptor in document order; the document element first when it is one.
    public let groups: [EntitiesDescriptor]
    /// Every xs:ID-typed attribute in the document (`ID` on SAML elements, `Id` on XML-Signature
    /// and XML-Encryption elements), in document order.
    public let idDeclarations: [IDDeclaration]
    /// Element namespaces used in the document, each with where it first appears.
    public let elementNamespaces: [NamespaceUse]
    /// Lines where the raw input contains a carriage-return character reference (`&#13;`, `&#xD;`).
    public let carriageReturnReferenceLines: [Int]
    /// Number of elements in the document.
    public let elementCount: Int
    /// Every ds:Signature element in the document, with where it sits.
    public let signatureLocations: [SignatureLocation]
    /// Every XML comment inside the document element, in document order, with its line.
    public let comments: [TextValue]
    /// The first ds:Signature that is a direct child of the document element, whatever the
    /// document element is.
    public let documentSignature: SignatureElement?
    /// The document element's ID attribute (`ID`, or `Id`/`id` on non-SAML documents).
    public let rootID: String?

    let tree: XMLTree

    /// The EntitiesDescriptor at the root, when the document is an aggregate.
    public var rootGroup: EntitiesDescriptor? { root == .entitiesDescriptor ? groups.first : nil }

    /// The standalone EntityDescriptor, when the document element is one.
    public var rootEntity: EntityDescriptor? { root == .entityDescriptor ? entities.first : nil }

    /// The validUntil on the document element, if any.
    public var rootValidUntil: XSDateTime? { rootGroup?.validUntil ?? rootEntity?.validUntil }

    /// The cacheDuration on the document element, if any.
    public var rootCacheDuration: XSDuration? { rootGroup?.cacheDuration ?? rootEntity?.cacheDuration }

    /// The `ds:Signature` that is a direct child of the document element, if any.
    public var rootSignature: SignatureElement? { documentSignature }

    /// The name of the document element for messages.
    public var rootName: String {
        switch root {
        case .entitiesDescriptor: return "EntitiesDescriptor"
        case .entityDescriptor: return "EntityDescriptor"
        case .other(_, let localName): return localName
        }
    }

    /// A readable path to the element at a position, such as
    /// `/EntitiesDescriptor/EntityDescriptor[@entityID='https://sp.example.org']/SPSSODescriptor`.
    public func path(of position: SourcePosition) -> String? { tree.readablePath(of: position) }

    /// The same, with a cache of ancestor paths for callers that ask for many nearby elements.
    func path(of position: SourcePosition, cache: inout ElementPaths) -> String? {
        tree.readablePath(of: position, cache: &cache)
    }
}

/// One xs:ID attribute value and where it is declared.
public struct IDDeclaration: Sendable, Hashable {
    /// The attribute value as written.
    public let value: String
    /// The element name carrying it, for messages.
    public let elementName: String
    /// Where it is in the source.
    public let position: SourcePosition
}

/// Where a ds:Signature element sits.
public struct SignatureLocation: Sendable, Hashable {
    /// Where it is in the source.
    public let position: SourcePosition
    /// Where its parent element starts.
    public let parentPosition: SourcePosition
    /// The parent element's namespace URI.
    public let parentNamespace: String?
    /// The parent element's local name.
    public let parentName: String
    /// Whether the parent is the document element (only such a signature can sign the document).
    public let parentIsDocumentElement: Bool
    /// Whether it is the first child element of its parent (its schema position in metadata).
    public let isFirstChild: Bool
}

/// A namespace URI used by an element, with its first occurrence.
public struct NamespaceUse: Sendable, Hashable {
    /// The namespace URI.
    public let namespace: String
    /// The prefix of its first use; nil for a default namespace.
    public let prefix: String?
    /// The local name of the first element in it.
    public let firstElement: String
    /// Where it is in the source.
    public let position: SourcePosition
}
