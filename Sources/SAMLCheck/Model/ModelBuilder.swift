#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import CLibXML2

/// Builds the typed ``MetadataDocument`` from a parsed tree in one walk.
///
/// Names are interned: libxml2 keeps element names in a per-document dictionary, so the same name
/// is the same pointer, and each distinct name or namespace becomes a Swift string once.
struct ModelBuilder {
    private let tree: XMLTree
    private var localNames: [UnsafePointer<xmlChar>: String] = [:]
    private var namespaces: [UnsafeMutablePointer<xmlNs>: String] = [:]
    private var recurringValues: [String: String] = [:]
    private var entities: [EntityDescriptor] = []
    private var groups: [EntitiesDescriptor] = []
    private var handling: EntityHandling

    /// What becomes of an aggregate's entities as the builder reads them.
    enum EntityHandling {
        /// Kept in ``MetadataDocument/entities``: what everything but `samlcheck diff` wants.
        case kept
        /// Not built: the document's own parts only (groups, IDs, signatures), which is all a
        /// signature verdict reads. A standalone EntityDescriptor is still built.
        case skipped
        /// Built in document order and handed over a batch at a time, then forgotten, so that a
        /// diff never holds the model of every entity at once (see ``EntityBatches``).
        case handedOver(EntityBatches, receive: (_ number: Int, [EntityDescriptor]) -> Void)
        /// Not built, only found: their elements and entityIDs (``entityElements(of:)``).
        case located
    }

    /// An entity's element and its entityID attribute as the model reads it.
    struct LocatedEntity {
        let element: xmlNodePtr
        let entityID: String?
    }

    private var locatedEntities: [LocatedEntity] = []

    /// Which entities a walk that hands them over builds. The entity elements are numbered in
    /// document order and cut into batches of ``size``; a walk builds the batches of its `part`
    /// (batch number modulo `parts`), so that several walks over one tree share the work, and
    /// not the entities whose entityID is in `except` (those both versions of a diff have alike).
    struct EntityBatches {
        /// How many entities a batch numbers: enough to make handing over cheap, few enough that
        /// their memory is reused batch after batch.
        static let size = 64

        var except: Set<String> = []
        var part = 0
        var parts = 1
    }

    private var entityOrdinal = 0
    private var batchNumber = 0

    private init(tree: XMLTree, handling: EntityHandling = .kept) {
        self.tree = tree
        self.handling = handling
    }

    init(tree: XMLTree) { self.init(tree: tree, handling: .kept) }

    /// Builds the model; with `skippingEntities`, an aggregate's without its entities (see
    /// ``EntityHandling/skipped``).
    static func build(tree: XMLTree, skippingEntities: Bool = false) -> MetadataDocument {
        var builder = ModelBuilder(tree: tree, handling: skippingEntities ? .skipped : .kept)
        return builder.buildDocument()
    }

    /// Builds the entities of `tree` that `batches` selects (as ``build(tree:skippingEntities:)``
    /// builds them: in its order, with their groups and inherited validity) and hands them to
    /// `receive` a batch at a time, with the batch's number, instead of keeping them.
    static func forEachEntity(in tree: XMLTree, _ batches: EntityBatches = EntityBatches(),
                              _ receive: (_ number: Int, [EntityDescriptor]) -> Void) {
        withoutActuallyEscaping(receive) { receive in
            var builder = ModelBuilder(tree: tree, handling: .handedOver(batches, receive: receive))
            builder.walkEntities()
            builder.handOver()
        }
    }

    /// The elements of the entities ``build(tree:skippingEntities:)`` builds, in its order, found
    /// without building them (a diff compares them on the trees first).
    static func entityElements(of tree: XMLTree) -> [LocatedEntity] {
        var builder = ModelBuilder(tree: tree, handling: .located)
        builder.walkEntities()
        return builder.locatedEntities
    }

    /// The walk of ``buildDocument()`` as far as the entities, each met by ``entityFound(_:group:inheritedValidUntil:)``.
    private mutating func walkEntities() {
        guard let root = tree.rootElement else { return }
        let rootName = name(of: root)
        switch (rootName.namespace, rootName.local) {
        case (XMLNamespace.metadata?, "EntitiesDescriptor"):
            buildGroup(root, parent: nil, depth: 0, inheritedValidUntil: nil)
        case (XMLNamespace.metadata?, "EntityDescriptor"):
            entityFound(root, group: nil, inheritedValidUntil: nil)
        default:
            break
        }
    }

    /// An entity element met in the walk: built, skipped or handed over according to `handling`.
    private mutating func entityFound(_ node: xmlNodePtr, group: Int?, inheritedValidUntil: Date?) {
        switch handling {
        case .kept:
            entities.append(buildEntity(node, group: group, inheritedValidUntil: inheritedValidUntil))
        case .skipped:
            if group == nil { entities.append(buildEntity(node, group: group, inheritedValidUntil: inheritedValidUntil)) }
        case .handedOver(let batches, _):
            let number = entityOrdinal / EntityBatches.size
            entityOrdinal += 1
            if number != batchNumber {
                handOver()
                batchNumber = number
            }
            guard number % batches.parts == batches.part else { return }
            if !batches.except.isEmpty, let entityID = node.attribute("entityID"), batches.except.contains(entityID) { return }
            entities.append(buildEntity(node, group: group, inheritedValidUntil: inheritedValidUntil))
        case .located:
            locatedEntities.append(LocatedEntity(element: node, entityID: node.attribute("entityID")))
        }
    }

    /// Hands the entities of the current batch over, if it has any.
    private mutating func handOver() {
        guard case .handedOver(_, let receive) = handling, !entities.isEmpty else { return }
        receive(batchNumber, entities)
        entities.removeAll(keepingCapacity: true)
    }

    private mutating func buildDocument() -> MetadataDocument {
        let root = tree.rootElement!
        let rootName = name(of: root)
        var kind: MetadataDocument.Root
        switch (rootName.namespace, rootName.local) {
        case (XMLNamespace.metadata?, "EntitiesDescriptor"):
            kind = .entitiesDescriptor
            buildGroup(root, parent: nil, depth: 0, inheritedValidUntil: nil)
        case (XMLNamespace.metadata?, "EntityDescriptor"):
            kind = .entityDescriptor
            entityFound(root, group: nil, inheritedValidUntil: nil)
        default:
            kind = .other(namespace: rootName.namespace, localName: rootName.local)
        }
        var scan = DocumentScan()
        scan.walk(root, tree: tree, names: &self)
        var documentSignature: SignatureElement?
        for child in root.childElements where namespace(of: child) == XMLNamespace.xmldsig && localName(of: child) == "Signature" {
            documentSignature = buildSignature(child)
            break
        }
        var rootID = root.attribute("ID")
        if rootID == nil, case .other = kind { rootID = root.attribute("Id") ?? root.attribute("id") }
        return MetadataDocument(
            root: kind,
            rootPosition: tree.position(of: root),
            entities: entities,
            groups: groups,
            idDeclarations: scan.ids,
            elementNamespaces: scan.namespaceUses,
            carriageReturnReferenceLines: scan.carriageReturnLines,
            elementCount: scan.elementCount,
            signatureLocations: scan.signatures,
            comments: scan.comments,
            documentSignature: documentSignature,
            rootID: rootID,
            tree: tree
        )
    }

    // MARK: Names

    struct ElementName {
        let namespace: String?
        let local: String
    }

    mutating func name(of node: xmlNodePtr) -> ElementName {
        ElementName(namespace: namespace(of: node), local: localName(of: node))
    }

    mutating func localName(of node: xmlNodePtr) -> String {
        guard let raw = node.pointee.name else { return "" }
        return interned(raw)
    }

    mutating func namespace(of node: xmlNodePtr) -> String? {
        guard let ns = node.pointee.ns else { return nil }
        return interned(ns)
    }

    /// A name from the document's dictionary (element and attribute names), as one shared string.
    private mutating func interned(_ raw: UnsafePointer<xmlChar>) -> String {
        if let known = localNames[raw] { return known }
        let string = String(cString: raw)
        localNames[raw] = string
        return string
    }

    /// A value that recurs across the document (a binding URI), as one shared string.
    private mutating func shared(_ value: String) -> String {
        if let known = recurringValues[value] { return known }
        if recurringValues.count < 4096 { recurringValues[value] = value }
        return value
    }

    /// A namespace declaration's URI, as one shared string.
    private mutating func interned(_ ns: UnsafeMutablePointer<xmlNs>) -> String {
        if let known = namespaces[ns] { return known }
        let string = ns.pointee.href.map { String(cString: $0) } ?? ""
        namespaces[ns] = string
        return string
    }

    private func position(_ node: xmlNodePtr) -> SourcePosition { tree.position(of: node) }

    // MARK: Groups and entities

    private mutating func buildGroup(_ node: xmlNodePtr, parent: Int?, depth: Int, inheritedValidUntil: Date?) {
        let validUntil = node.attribute("validUntil").map(XSDateTime.init)
        let effective = earliest(inheritedValidUntil, validUntil?.date)
        let index = groups.count
        // Reserve the slot so the group precedes its nested groups in document order.
        groups.append(EntitiesDescriptor(
            name: nil, id: nil, validUntil: nil, cacheDuration: nil, extensions: nil, signature: nil,
            parent: parent, depth: depth, entityCount: 0, position: position(node)))
        var extensions: Extensions?
        var signature: SignatureElement?
        var entityCount = 0
        for child in node.childElements {
            let childName = name(of: child)
            switch (childName.namespace, childName.local) {
            case (XMLNamespace.metadata?, "EntityDescriptor"):
                entityFound(child, group: index, inheritedValidUntil: effective)
                entityCount += 1
            case (XMLNamespace.metadata?, "EntitiesDescriptor"):
                buildGroup(child, parent: index, depth: depth + 1, inheritedValidUntil: effective)
            case (XMLNamespace.metadata?, "Extensions"):
                extensions = buildExtensions(child)
            case (XMLNamespace.xmldsig?, "Signature"):
                if signature == nil { signature = buildSignature(child) }
            default:
                break
            }
        }
        groups[index] = EntitiesDescriptor(
            name: node.attribute("Name"),
            id: node.attribute("ID"),
            validUntil: validUntil,
            cacheDuration: node.attribute("cacheDuration").map(XSDuration.init),
            extensions: extensions,
            signature: signature,
            parent: parent,
            depth: depth,
            entityCount: entityCount,
            position: position(node))
    }

    private mutating func buildEntity(_ node: xmlNodePtr, group: Int?, inheritedValidUntil: Date?) -> EntityDescriptor {
        let validUntil = node.attribute("validUntil").map(XSDateTime.init)
        var extensions: Extensions?
        var signature: SignatureElement?
        var roles: [RoleDescriptor] = []
        var affiliation: AffiliationDescriptor?
        var organization: Organization?
        var contacts: [ContactPerson] = []
        var locations: [TextValue] = []
        for child in node.childElements {
            let childName = name(of: child)
            if childName.namespace == XMLNamespace.xmldsig, childName.local == "Signature" {
                if signature == nil { signature = buildSignature(child) }
                continue
            }
            guard childName.namespace == XMLNamespace.metadata else { continue }
            switch childName.local {
            case "Extensions": extensions = buildExtensions(child)
            case "IDPSSODescriptor": roles.append(buildRole(child, kind: .identityProvider))
            case "SPSSODescriptor": roles.append(buildRole(child, kind: .serviceProvider))
            case "AttributeAuthorityDescriptor": roles.append(buildRole(child, kind: .attributeAuthority))
            case "AuthnAuthorityDescriptor": roles.append(buildRole(child, kind: .authnAuthority))
            case "PDPDescriptor": roles.append(buildRole(child, kind: .policyDecisionPoint))
            case "RoleDescriptor":
                roles.append(buildRole(child, kind: .other(xsiType: child.attribute("type", namespace: XMLNamespace.xsi))))
            case "AffiliationDescriptor": affiliation = buildAffiliation(child)
            case "Organization": organization = buildOrganization(child)
            case "ContactPerson": contacts.append(buildContact(child))
            case "AdditionalMetadataLocation": locations.append(TextValue(value: child.directText, position: position(child)))
            default: break
            }
        }
        return EntityDescriptor(
            entityID: node.attribute("entityID"),
            id: node.attribute("ID"),
            validUntil: validUntil,
            cacheDuration: node.attribute("cacheDuration").map(XSDuration.init),
            effectiveValidUntil: earliest(inheritedValidUntil, validUntil?.date),
            extensions: extensions,
            signature: signature,
            roles: roles,
            affiliation: affiliation,
            organization: organization,
            contacts: contacts,
            additionalMetadataLocations: locations,
            group: group,
            position: position(node))
    }

    private func earliest(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case let (a?, b?): return min(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        case (nil, nil): return nil
        }
    }

    // MARK: Roles

    private mutating func buildRole(_ node: xmlNodePtr, kind: RoleKind) -> RoleDescriptor {
        var extensions: Extensions?
        var signature: SignatureElement?
        var keys: [KeyDescriptor] = []
        var organization: Organization?
        var contacts: [ContactPerson] = []
        var endpoints: [Endpoint] = []
        var nameIDFormats: [TextValue] = []
        var attributeProfiles: [TextValue] = []
        var attributes: [SAMLAttribute] = []
        var consumingServices: [AttributeConsumingService] = []
        for child in node.childElements {
            let childName = name(of: child)
            switch (childName.namespace, childName.local) {
            case (XMLNamespace.xmldsig?, "Signature"):
                if signature == nil { signature = buildSignature(child) }
            case (XMLNamespace.assertion?, "Attribute"):
                attributes.append(buildAttribute(child))
            case (XMLNamespace.metadata?, let local):
                switch local {
                case "Extensions":
                    let built = buildExtensions(child)
                    extensions = built
                    endpoints.append(contentsOf: extensionEndpoints(in: child))
                case "KeyDescriptor": keys.append(buildKeyDescriptor(child))
                case "Organization": organization = buildOrganization(child)
                case "ContactPerson": contacts.append(buildContact(child))
                case "NameIDFormat": nameIDFormats.append(TextValue(value: child.directText, position: position(child)))
                case "AttributeProfile": attributeProfiles.append(TextValue(value: child.directText, position: position(child)))
                case "AttributeConsumingService": consumingServices.append(buildConsumingService(child))
                default:
                    if let endpointKind = EndpointKind(rawValue: local), endpointKind != .discoveryResponse,
                       endpointKind != .requestInitiator {
                        endpoints.append(buildEndpoint(child, kind: endpointKind))
                    }
                }
            default:
                break
            }
        }
        return RoleDescriptor(
            kind: kind,
            id: node.attribute("ID"),
            validUntil: node.attribute("validUntil").map(XSDateTime.init),
            cacheDuration: node.attribute("cacheDuration").map(XSDuration.init),
            protocolSupportEnumeration: node.attribute("protocolSupportEnumeration").map(Self.splitList),
            errorURL: node.attribute("errorURL"),
            extensions: extensions,
            signature: signature,
            keyDescriptors: keys,
            organization: organization,
            contacts: contacts,
            endpoints: endpoints,
            nameIDFormats: nameIDFormats,
            attributeProfiles: attributeProfiles,
            attributes: attributes,
            wantAuthnRequestsSigned: node.attribute("WantAuthnRequestsSigned").map(XSBoolean.init),
            authnRequestsSigned: node.attribute("AuthnRequestsSigned").map(XSBoolean.init),
            wantAssertionsSigned: node.attribute("WantAssertionsSigned").map(XSBoolean.init),
            attributeConsumingServices: consumingServices,
            position: position(node))
    }

    /// Splits an xs:list attribute on XML whitespace.
    static func splitList(_ value: String) -> [String] {
        value.unicodeScalars.split(whereSeparator: \.isXMLWhitespace).map { String($0) }
    }

    private mutating func buildEndpoint(_ node: xmlNodePtr, kind: EndpointKind) -> Endpoint {
        let location = node.attribute("Location")
        let responseLocation = node.attribute("ResponseLocation")
        return Endpoint(
            kind: kind,
            binding: node.attribute("Binding").map { shared($0) },
            location: location,
            responseLocation: responseLocation,
            index: node.attribute("index").map(XSIndex.init),
            isDefault: node.attribute("isDefault").map(XSBoolean.init),
            position: position(node),
            locationURI: location.map { URIText($0.trimmingWhitespace()) },
            responseLocationURI: responseLocation.map { URIText($0.trimmingWhitespace()) })
    }

    /// `idpdisc:DiscoveryResponse` and `init:RequestInitiator` are endpoints that live in a role's
    /// Extensions; rules about endpoints see them with the others.
    private mutating func extensionEndpoints(in extensions: xmlNodePtr) -> [Endpoint] {
        var found: [Endpoint] = []
        for child in extensions.childElements {
            let childName = name(of: child)
            if childName.namespace == XMLNamespace.idpDiscovery, childName.local == "DiscoveryResponse" {
                found.append(buildEndpoint(child, kind: .discoveryResponse))
            } else if childName.namespace == XMLNamespace.requestInitiation, childName.local == "RequestInitiator" {
                found.append(buildEndpoint(child, kind: .requestInitiator))
            }
        }
        return found
    }

    private mutating func buildConsumingService(_ node: xmlNodePtr) -> AttributeConsumingService {
        var names: [LocalizedValue] = []
        var descriptions: [LocalizedValue] = []
        var requested: [SAMLAttribute] = []
        for child in node.childElements where namespace(of: child) == XMLNamespace.metadata {
            switch localName(of: child) {
            case "ServiceName": names.append(localized(child))
            case "ServiceDescription": descriptions.append(localized(child))
            case "RequestedAttribute": requested.append(buildAttribute(child))
            default: break
            }
        }
        return AttributeConsumingService(
            index: node.attribute("index").map(XSIndex.init),
            isDefault: node.attribute("isDefault").map(XSBoolean.init),
            serviceNames: names,
            serviceDescriptions: descriptions,
            requestedAttributes: requested,
            position: position(node))
    }

    mutating func buildAttribute(_ node: xmlNodePtr) -> SAMLAttribute {
        var values: [TextValue] = []
        for child in node.childElements where namespace(of: child) == XMLNamespace.assertion && localName(of: child) == "AttributeValue" {
            values.append(TextValue(value: child.directText, position: position(child)))
        }
        return SAMLAttribute(
            name: node.attribute("Name"),
            nameFormat: node.attribute("NameFormat"),
            friendlyName: node.attribute("FriendlyName"),
            isRequired: node.attribute("isRequired").map(XSBoolean.init),
            values: values,
            position: position(node))
    }

    private mutating func buildAffiliation(_ node: xmlNodePtr) -> AffiliationDescriptor {
        var members: [TextValue] = []
        var keys: [KeyDescriptor] = []
        for child in node.childElements where namespace(of: child) == XMLNamespace.metadata {
            switch localName(of: child) {
            case "AffiliateMember": members.append(TextValue(value: child.directText, position: position(child)))
            case "KeyDescriptor": keys.append(buildKeyDescriptor(child))
            default: break
            }
        }
        return AffiliationDescriptor(
            affiliationOwnerID: node.attribute("affiliationOwnerID"),
            members: members,
            keyDescriptors: keys,
            position: position(node))
    }

    // MARK: Organization and contacts

    private func localized(_ node: xmlNodePtr) -> LocalizedValue {
        LocalizedValue(
            language: node.attribute("lang", namespace: XMLNamespace.xml),
            value: node.directText,
            position: position(node))
    }

    private mutating func buildOrganization(_ node: xmlNodePtr) -> Organization {
        var names: [LocalizedValue] = []
        var displayNames: [LocalizedValue] = []
        var urls: [LocalizedValue] = []
        var extensions: Extensions?
        for child in node.childElements where namespace(of: child) == XMLNamespace.metadata {
            switch localName(of: child) {
            case "OrganizationName": names.append(localized(child))
            case "OrganizationDisplayName": displayNames.append(localized(child))
            case "OrganizationURL": urls.append(localized(child))
            case "Extensions": extensions = buildExtensions(child)
            default: break
            }
        }
        return Organization(names: names, displayNames: displayNames, urls: urls, extensions: extensions, position: position(node))
    }

    private mutating func buildContact(_ node: xmlNodePtr) -> ContactPerson {
        var company: TextValue?
        var givenName: TextValue?
        var surName: TextValue?
        var emails: [TextValue] = []
        var phones: [TextValue] = []
        var extensions: Extensions?
        var childCount = 0
        for child in node.childElements {
            childCount += 1
            guard namespace(of: child) == XMLNamespace.metadata else { continue }
            let text = TextValue(value: child.directText, position: position(child))
            switch localName(of: child) {
            case "Company": company = text
            case "GivenName": givenName = text
            case "SurName": surName = text
            case "EmailAddress": emails.append(text)
            case "TelephoneNumber": phones.append(text)
            case "Extensions": extensions = buildExtensions(child)
            default: break
            }
        }
        var others: [AttributeValue] = []
        var contactType: String?
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map { interned($0) } ?? ""
            let attributeNamespace = current.pointee.ns.map { interned($0) }
            if attributeNamespace == nil, attributeName == "contactType" {
                contactType = current.value
            } else {
                others.append(AttributeValue(namespace: attributeNamespace, localName: attributeName, value: current.value))
            }
            attribute = current.pointee.next
        }
        return ContactPerson(
            contactType: contactType,
            otherAttributes: others,
            company: company,
            givenName: givenName,
            surName: surName,
            emailAddresses: emails,
            telephoneNumbers: phones,
            extensions: extensions,
            childCount: childCount,
            position: position(node))
    }

    // MARK: Keys

    private mutating func buildKeyDescriptor(_ node: xmlNodePtr) -> KeyDescriptor {
        var keyInfo: KeyInfo?
        var methods: [EncryptionMethod] = []
        for child in node.childElements {
            let childName = name(of: child)
            if childName.namespace == XMLNamespace.xmldsig, childName.local == "KeyInfo" {
                keyInfo = buildKeyInfo(child)
            } else if childName.namespace == XMLNamespace.metadata, childName.local == "EncryptionMethod" {
                methods.append(EncryptionMethod(algorithm: child.attribute("Algorithm"), position: position(child)))
            }
        }
        return KeyDescriptor(use: node.attribute("use"), keyInfo: keyInfo, encryptionMethods: methods, position: position(node))
    }

    private mutating func buildKeyInfo(_ node: xmlNodePtr) -> KeyInfo {
        var names: [TextValue] = []
        var data: [X509Data] = []
        var values: [KeyValue] = []
        var others: [ElementValue] = []
        for child in node.childElements {
            let childName = name(of: child)
            switch (childName.namespace, childName.local) {
            case (XMLNamespace.xmldsig?, "KeyName"):
                names.append(TextValue(value: child.directText, position: position(child)))
            case (XMLNamespace.xmldsig?, "X509Data"):
                data.append(buildX509Data(child))
            case (XMLNamespace.xmldsig?, "KeyValue"):
                values.append(buildKeyValue(child))
            default:
                others.append(elementValue(child))
            }
        }
        return KeyInfo(keyNames: names, x509Data: data, keyValues: values, otherChildren: others, position: position(node))
    }

    private mutating func buildX509Data(_ node: xmlNodePtr) -> X509Data {
        var certificates: [X509CertificateText] = []
        var others: [ElementValue] = []
        for child in node.childElements {
            let childName = name(of: child)
            if childName.namespace == XMLNamespace.xmldsig, childName.local == "X509Certificate" {
                var hasComment = false
                var inner = child.pointee.children
                while let current = inner {
                    if current.pointee.type == XML_COMMENT_NODE { hasComment = true }
                    inner = current.pointee.next
                }
                certificates.append(X509CertificateText(base64: child.directText, containsComment: hasComment, position: position(child)))
            } else {
                others.append(elementValue(child))
            }
        }
        return X509Data(certificates: certificates, otherChildren: others, position: position(node))
    }

    private mutating func buildKeyValue(_ node: xmlNodePtr) -> KeyValue {
        for child in node.childElements {
            let childName = name(of: child)
            switch (childName.namespace, childName.local) {
            case (XMLNamespace.xmldsig?, "RSAKeyValue"):
                var modulus = ""
                var exponent = ""
                for part in child.childElements where namespace(of: part) == XMLNamespace.xmldsig {
                    switch localName(of: part) {
                    case "Modulus": modulus = part.directText
                    case "Exponent": exponent = part.directText
                    default: break
                    }
                }
                return KeyValue(content: .rsa(modulus: modulus, exponent: exponent), position: position(node))
            case (XMLNamespace.xmldsig11?, "ECKeyValue"):
                var curve: String?
                var publicKey = ""
                for part in child.childElements where namespace(of: part) == XMLNamespace.xmldsig11 {
                    switch localName(of: part) {
                    case "NamedCurve": curve = part.attribute("URI")
                    case "PublicKey": publicKey = part.directText
                    default: break
                    }
                }
                return KeyValue(content: .ec(namedCurve: curve, publicKey: publicKey), position: position(node))
            case (XMLNamespace.xmldsig?, "DSAKeyValue"):
                return KeyValue(content: .dsa, position: position(node))
            default:
                return KeyValue(content: .other(childName.local), position: position(node))
            }
        }
        return KeyValue(content: .other(""), position: position(node))
    }

    // MARK: Signatures

    /// Reads a ds:Signature the way xmlsec will: algorithm URIs, the Reference URI and Ids through
    /// ``attributeAsXMLSecReads(_:)``, so the profile judges exactly what gets verified.
    mutating func buildSignature(_ node: xmlNodePtr) -> SignatureElement {
        var c14n: String?
        var method: String?
        var references: [SignatureReference] = []
        var objects = 0
        var objectIDs: [String] = []
        var keyInfo: KeyInfo?
        var hasSignedInfo = false
        var ambiguous = ambiguousAttributes(of: node, inSubtree: false)
        for child in node.childElements where namespace(of: child) == XMLNamespace.xmldsig {
            switch localName(of: child) {
            case "SignedInfo":
                hasSignedInfo = true
                ambiguous += ambiguousAttributes(of: child, inSubtree: true)
                for part in child.childElements where namespace(of: part) == XMLNamespace.xmldsig {
                    switch localName(of: part) {
                    case "CanonicalizationMethod": c14n = part.attributeAsXMLSecReads("Algorithm")
                    case "SignatureMethod": method = part.attributeAsXMLSecReads("Algorithm")
                    case "Reference": references.append(buildReference(part))
                    default: break
                    }
                }
            case "Object":
                objects += 1
                if let id = child.attributeAsXMLSecReads("Id") { objectIDs.append(id) }
            case "KeyInfo":
                keyInfo = buildKeyInfo(child)
                ambiguous += ambiguousAttributes(of: child, inSubtree: true)
            default: break
            }
        }
        return SignatureElement(
            id: node.attributeAsXMLSecReads("Id"),
            canonicalizationAlgorithm: c14n,
            signatureAlgorithm: method,
            references: references,
            objectCount: objects,
            objectIDs: objectIDs,
            keyInfo: keyInfo,
            hasSignedInfo: hasSignedInfo,
            ambiguousAttributes: ambiguous,
            position: position(node))
    }

    private mutating func buildReference(_ node: xmlNodePtr) -> SignatureReference {
        var transforms: [String?] = []
        var digest: String?
        for child in node.childElements where namespace(of: child) == XMLNamespace.xmldsig {
            switch localName(of: child) {
            case "Transforms":
                for transform in child.childElements where namespace(of: transform) == XMLNamespace.xmldsig
                    && localName(of: transform) == "Transform" {
                    transforms.append(transform.attributeAsXMLSecReads("Algorithm"))
                }
            case "DigestMethod": digest = child.attributeAsXMLSecReads("Algorithm")
            default: break
            }
        }
        return SignatureReference(uri: node.attributeAsXMLSecReads("URI"), transforms: transforms, digestAlgorithm: digest,
                                  position: position(node))
    }

    /// The repeated attribute names of `node` (and, when `inSubtree`, of every element under it).
    /// Signature parts are a few dozen elements; the walk is iterative all the same.
    private mutating func ambiguousAttributes(of node: xmlNodePtr, inSubtree: Bool) -> [AmbiguousAttribute] {
        var found: [AmbiguousAttribute] = []
        var pending: [xmlNodePtr] = [node]
        while let element = pending.popLast() {
            for name in element.attributeLocalNamesUsedTwice {
                found.append(AmbiguousAttribute(element: localName(of: element), attribute: name, position: position(element)))
            }
            if inSubtree { pending += element.childElements.reversed() }
        }
        return found
    }

    // MARK: Generic elements

    private mutating func buildExtensions(_ node: xmlNodePtr) -> Extensions {
        var elements: [ElementValue] = []
        for child in node.childElements { elements.append(elementValue(child)) }
        return Extensions(position: position(node), elements: elements)
    }

    /// Extension content deeper than this is not modelled (metadata extensions are a few levels
    /// deep; the limit keeps hostile nesting from exhausting a thread's stack).
    static let maximumGenericDepth = 64

    mutating func elementValue(_ node: xmlNodePtr, depth: Int = 0) -> ElementValue {
        var attributes: [AttributeValue] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            // Interned: xml:lang alone would otherwise allocate its namespace URI on most elements.
            attributes.append(AttributeValue(
                namespace: current.pointee.ns.map { interned($0) },
                localName: current.pointee.name.map { interned($0) } ?? "",
                value: current.value))
            attribute = current.pointee.next
        }
        var children: [ElementValue] = []
        if depth < Self.maximumGenericDepth {
            for child in node.childElements { children.append(elementValue(child, depth: depth + 1)) }
        }
        return ElementValue(
            namespace: namespace(of: node),
            prefix: node.namespacePrefix,
            localName: localName(of: node),
            attributes: attributes,
            text: node.directText,
            children: children,
            position: position(node))
    }
}
