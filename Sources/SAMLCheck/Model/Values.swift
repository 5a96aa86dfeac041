/// A text value taken from an element's content, with where it came from.
public struct TextValue: Sendable, Hashable {
    /// The text exactly as written (not trimmed).
    public let value: String
    /// Where it is in the source.
    public let position: SourcePosition

    /// A value read at `position`.
    public init(value: String, position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// A text value with its `xml:lang`, as in OrganizationName or mdui:DisplayName.
public struct LocalizedValue: Sendable, Hashable {
    /// The `xml:lang` value; nil when the attribute is absent, "" when it is empty.
    public let language: String?
    /// The text exactly as written (not trimmed).
    public let value: String
    /// Where it is in the source.
    public let position: SourcePosition
}

/// An `xs:boolean` attribute as written, with its meaning when valid (`true`, `false`, `1`, `0`).
public struct XSBoolean: Sendable, Hashable {
    /// The attribute value exactly as written.
    public let lexical: String
    /// The boolean, nil when the value is not a valid xs:boolean.
    public let value: Bool?

    /// Reads `lexical`.
    public init(_ lexical: String) {
        self.lexical = lexical
        switch lexical.trimmingWhitespace() {
        case "true", "1": value = true
        case "false", "0": value = false
        default: value = nil
        }
    }
}

/// An `xs:unsignedShort` index attribute as written, with its value when valid.
public struct XSIndex: Sendable, Hashable {
    /// The attribute value exactly as written.
    public let lexical: String
    /// The index, nil when the value is not an unsignedShort.
    public let value: Int?

    /// Reads `lexical`.
    public init(_ lexical: String) {
        self.lexical = lexical
        if let parsed = Int(lexical.trimmingWhitespace()), (0...65_535).contains(parsed) { value = parsed } else { value = nil }
    }
}

/// An attribute that the model keeps generically: its namespace, name and value.
public struct AttributeValue: Sendable, Hashable {
    /// The namespace URI; nil for none.
    public let namespace: String?
    /// The local name.
    public let localName: String
    /// The attribute value as written.
    public let value: String
}

/// An element kept generically, with its attributes, direct text and child elements: used for the
/// content of md:Extensions and for anything the typed model does not name. A class, so that the
/// indexes rules read (every element of an Extensions, in order) hold references, not copies.
public final class ElementValue: Sendable, Hashable {
    /// The namespace URI; nil for none.
    public let namespace: String?
    /// The prefix as written; nil for none.
    public let prefix: String?
    /// The local name.
    public let localName: String
    /// The element's attributes, in document order.
    public let attributes: [AttributeValue]
    /// Text directly inside the element (not in its children), exactly as written.
    public let text: String
    /// Child elements in document order.
    public let children: [ElementValue]
    /// Where it is in the source.
    public let position: SourcePosition

    /// An element as the model builder reads it.
    public init(namespace: String?, prefix: String?, localName: String, attributes: [AttributeValue], text: String,
                children: [ElementValue], position: SourcePosition) {
        self.namespace = namespace
        self.prefix = prefix
        self.localName = localName
        self.attributes = attributes
        self.text = text
        self.children = children
        self.position = position
    }

    /// Identity: equal only when they are the same element of the same model.
    public static func == (lhs: ElementValue, rhs: ElementValue) -> Bool {
        lhs === rhs || (lhs.position == rhs.position && lhs.localName == rhs.localName && lhs.namespace == rhs.namespace
                        && lhs.attributes == rhs.attributes && lhs.text == rhs.text && lhs.children == rhs.children)
    }

    /// Hashes the identity, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
        hasher.combine(localName)
    }

    /// The value of an attribute in no namespace.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.namespace == nil && $0.localName == name }?.value
    }

    /// The value of a namespace-qualified attribute.
    public func attribute(_ name: String, namespace: String) -> String? {
        attributes.first { $0.namespace == namespace && $0.localName == name }?.value
    }

    /// The `xml:lang` of the element itself.
    public var language: String? { attribute("lang", namespace: XMLNamespace.xml) }

    /// True when the element has the given namespace and local name.
    public func isElement(_ namespace: String, _ localName: String) -> Bool {
        self.localName == localName && self.namespace == namespace
    }

    /// Child elements with the given name.
    public func children(_ namespace: String, _ localName: String) -> [ElementValue] {
        children.filter { $0.isElement(namespace, localName) }
    }

    /// A name for messages: `prefix:LocalName`, or `{namespace}LocalName` without a prefix.
    public var displayName: String {
        if let prefix, !prefix.isEmpty { return prefix + ":" + localName }
        if let namespace { return "{" + namespace + "}" + localName }
        return localName
    }
}

/// The content of an `md:Extensions` element.
public struct Extensions: Sendable, Hashable {
    /// Where it is in the source.
    public let position: SourcePosition
    /// The direct children.
    public let elements: [ElementValue]
    /// Every element inside these Extensions at any depth, in document order (built once).
    public let allElements: [ElementValue]

    /// The Extensions at `position` holding `elements`.
    public init(position: SourcePosition, elements: [ElementValue]) {
        self.position = position
        self.elements = elements
        var all: [ElementValue] = []
        func visit(_ element: ElementValue) {
            all.append(element)
            element.children.forEach(visit)
        }
        elements.forEach(visit)
        self.allElements = all
    }

    /// Extension elements with the given name, in document order.
    public func elements(_ namespace: String, _ localName: String) -> [ElementValue] {
        elements.filter { $0.isElement(namespace, localName) }
    }
}
