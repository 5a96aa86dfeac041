internal import CLibXML2

/// Builds a ``SAMLMessage`` from a parsed tree in one walk. Signatures are read by the metadata
/// model's builder, so the profile judges a message's signatures exactly as it judges metadata's.
struct MessageModelBuilder {
    private let tree: XMLTree
    private var signatureReader: ModelBuilder
    private var idDeclarations: [IDDeclaration] = []
    private var times: [NamedTime] = []
    private var signatures: [PlacedSignature] = []
    private var otherAssertions: [PlacedElement] = []

    private init(tree: XMLTree) {
        self.tree = tree
        self.signatureReader = ModelBuilder(tree: tree)
    }

    /// The message in `tree`, or why the document element is not a message samlcheck reads.
    static func build(tree: XMLTree) -> Result<SAMLMessage, MessageInputProblem> {
        guard let root = tree.rootElement else { return .failure(MessageInputProblem("the document has no element")) }
        let isBareAssertion = root.namespaceURI == XMLNamespace.assertion && root.localName == "Assertion"
        guard isBareAssertion || root.namespaceURI == XMLNamespace.protocolNS && root.localName != "Assertion",
              let kind = SAMLMessage.Kind(rawValue: root.localName) else {
            let name = (root.namespacePrefix.map { $0 + ":" } ?? "") + root.localName
            return .failure(MessageInputProblem("the document element is \(name) in \(root.namespaceURI ?? "no namespace"), not a SAML 2.0 Response, AuthnRequest, LogoutRequest, LogoutResponse or Assertion"))
        }
        var builder = MessageModelBuilder(tree: tree)
        return .success(builder.message(root, kind: kind))
    }

    private mutating func message(_ root: xmlNodePtr, kind: SAMLMessage.Kind) -> SAMLMessage {
        if kind == .assertion {
            // The Assertion is the message: what it holds is "inside the top-level Assertion".
            walk(root, insideTopLevelAssertion: true, depth: 1)
        } else {
            walk(root, insideTopLevelAssertion: false, depth: 0)
        }
        var issuer: MessageIssuer?
        var status: MessageStatus?
        var signature: SignatureElement?
        var assertions: [MessageAssertion] = []
        var encrypted: [EncryptedElementFacts] = []
        if kind == .assertion { assertions.append(assertion(root, wasEncrypted: false)) }
        for child in root.childElements {
            switch (child.namespaceURI, child.localName) {
            case (XMLNamespace.assertion?, "Issuer"): issuer = nameValue(child)
            case (XMLNamespace.protocolNS?, "Status"): status = readStatus(child)
            case (XMLNamespace.xmldsig?, "Signature"): signature = signatureReader.buildSignature(child)
            case (XMLNamespace.assertion?, "Assertion") where kind != .assertion: assertions.append(assertion(child, wasEncrypted: false))
            case (XMLNamespace.assertion?, "EncryptedAssertion"):
                // Decrypted in place (``MessageDecryption``): the Assertion now sits inside.
                if let inner = child.childElements.first(where: { $0.localName == "Assertion" && $0.namespaceURI == XMLNamespace.assertion }) {
                    assertions.append(assertion(inner, wasEncrypted: true))
                } else {
                    encrypted.append(Self.encryptedFacts(child, tree: tree))
                }
            default: continue
            }
        }
        return SAMLMessage(
            kind: kind, id: root.attribute("ID"), version: root.attribute("Version"), issueInstant: root.attribute("IssueInstant").map(XSDateTime.init),
            destination: root.attribute("Destination"), inResponseTo: root.attribute("InResponseTo"), issuer: issuer, status: status,
            signature: signature, assertions: assertions, otherAssertions: otherAssertions, encryptedAssertions: encrypted,
            request: kind == .authnRequest ? requestFields(root) : nil, idDeclarations: idDeclarations, times: times,
            signatures: signatures, position: tree.position(of: root), tree: tree)
    }

    /// Collects what the whole document holds: IDs, times, signatures, stray assertions.
    private mutating func walk(_ node: xmlNodePtr, insideTopLevelAssertion: Bool, depth: Int) {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let name = String(cString: rawName)
                let namespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
                if (namespace == nil && (name == "ID" || name == "Id" || name == "id")) || (namespace == XMLNamespace.xml && name == "id") {
                    idDeclarations.append(IDDeclaration(value: current.value, elementName: node.localName, position: tree.position(of: node)))
                }
                if namespace == nil, Self.timeAttributes.contains(name),
                   node.namespaceURI == XMLNamespace.assertion || node.namespaceURI == XMLNamespace.protocolNS {
                    times.append(NamedTime(name: node.localName + "/@" + name, value: XSDateTime(current.value), position: tree.position(of: node)))
                }
            }
            attribute = current.pointee.next
        }
        for child in node.childElements {
            let isAssertion = child.localName == "Assertion" && child.namespaceURI == XMLNamespace.assertion
            let isTopLevel = depth == 0 && isAssertion
            let isDecrypted = depth == 1 && isAssertion && node.localName == "EncryptedAssertion"
            if isAssertion, !isTopLevel, !isDecrypted {
                otherAssertions.append(PlacedElement(id: child.attribute("ID"), parentName: node.localName,
                                                     insideTopLevelAssertion: insideTopLevelAssertion, position: tree.position(of: child)))
            }
            if child.localName == "Signature", child.namespaceURI == XMLNamespace.xmldsig {
                signatures.append(PlacedSignature(element: signatureReader.buildSignature(child), parentName: node.localName,
                                                  parentID: node.attribute("ID"), parentPosition: tree.position(of: node)))
            }
            // Deeply nested input stops being walked rather than exhausting the stack.
            if depth < 256 {
                walk(child, insideTopLevelAssertion: insideTopLevelAssertion || isTopLevel || isDecrypted, depth: depth + 1)
            }
        }
    }

    private static let timeAttributes: Set<String> = ["IssueInstant", "NotBefore", "NotOnOrAfter", "AuthnInstant", "SessionNotOnOrAfter"]

    private func nameValue(_ node: xmlNodePtr) -> MessageIssuer {
        MessageIssuer(value: node.directText.trimmingWhitespace(), format: node.attribute("Format"), position: tree.position(of: node))
    }

    private func readStatus(_ node: xmlNodePtr) -> MessageStatus {
        var code: String?
        var subcode: String?
        var message: String?
        for child in node.childElements where child.namespaceURI == XMLNamespace.protocolNS {
            switch child.localName {
            case "StatusCode":
                code = child.attribute("Value")
                subcode = child.childElements.first { $0.localName == "StatusCode" }?.attribute("Value")
            case "StatusMessage":
                message = child.directText.trimmingWhitespace()
            default: continue
            }
        }
        return MessageStatus(code: code, subcode: subcode, message: message, position: tree.position(of: node))
    }

    private mutating func assertion(_ node: xmlNodePtr, wasEncrypted: Bool) -> MessageAssertion {
        var issuer: MessageIssuer?
        var signature: SignatureElement?
        var nameID: MessageIssuer?
        var hasEncryptedID = false
        var confirmations: [SubjectConfirmation] = []
        var conditions: AssertionConditions?
        var authn: [AuthnStatementFacts] = []
        var attributeStatements = 0
        var attributes: [SAMLAttribute] = []
        for child in node.childElements {
            switch (child.namespaceURI, child.localName) {
            case (XMLNamespace.assertion?, "Issuer"): issuer = nameValue(child)
            case (XMLNamespace.xmldsig?, "Signature"): signature = signatureReader.buildSignature(child)
            case (XMLNamespace.assertion?, "Subject"):
                for part in child.childElements where part.namespaceURI == XMLNamespace.assertion {
                    switch part.localName {
                    case "NameID": nameID = nameValue(part)
                    case "EncryptedID":
                        // Decrypted in place: the NameID now sits inside.
                        if let inner = part.childElements.first(where: { $0.localName == "NameID" }) { nameID = nameValue(inner) } else { hasEncryptedID = true }
                    case "SubjectConfirmation": confirmations.append(confirmation(part))
                    default: continue
                    }
                }
            case (XMLNamespace.assertion?, "Conditions"):
                var audiences: [[String]] = []
                for restriction in child.childElements where restriction.localName == "AudienceRestriction" {
                    audiences.append(restriction.childElements.filter { $0.localName == "Audience" }.map { $0.directText.trimmingWhitespace() })
                }
                conditions = AssertionConditions(notBefore: child.attribute("NotBefore").map(XSDateTime.init),
                                                 notOnOrAfter: child.attribute("NotOnOrAfter").map(XSDateTime.init),
                                                 audienceRestrictions: audiences, position: tree.position(of: child))
            case (XMLNamespace.assertion?, "AuthnStatement"):
                let context = child.childElements.first { $0.localName == "AuthnContext" }
                let classRef = context?.childElements.first { $0.localName == "AuthnContextClassRef" }?.directText.trimmingWhitespace()
                authn.append(AuthnStatementFacts(authnInstant: child.attribute("AuthnInstant").map(XSDateTime.init),
                                                 sessionIndex: child.attribute("SessionIndex"),
                                                 sessionNotOnOrAfter: child.attribute("SessionNotOnOrAfter").map(XSDateTime.init),
                                                 classRef: classRef, position: tree.position(of: child)))
            case (XMLNamespace.assertion?, "AttributeStatement"):
                attributeStatements += 1
                for attribute in child.childElements where attribute.localName == "Attribute" && attribute.namespaceURI == XMLNamespace.assertion {
                    attributes.append(signatureReader.buildAttribute(attribute))
                }
            default: continue
            }
        }
        return MessageAssertion(
            id: node.attribute("ID"), version: node.attribute("Version"), issueInstant: node.attribute("IssueInstant").map(XSDateTime.init),
            issuer: issuer, signature: signature, nameID: nameID, hasEncryptedID: hasEncryptedID, confirmations: confirmations,
            conditions: conditions, authnStatements: authn, attributeStatementCount: attributeStatements, attributes: attributes,
            wasEncrypted: wasEncrypted, position: tree.position(of: node))
    }

    private func confirmation(_ node: xmlNodePtr) -> SubjectConfirmation {
        let data = node.childElements.first { $0.localName == "SubjectConfirmationData" && $0.namespaceURI == XMLNamespace.assertion }
        return SubjectConfirmation(method: node.attribute("Method"), hasData: data != nil, recipient: data?.attribute("Recipient"),
                                   notOnOrAfter: data?.attribute("NotOnOrAfter").map(XSDateTime.init),
                                   notBefore: data?.attribute("NotBefore").map(XSDateTime.init),
                                   inResponseTo: data?.attribute("InResponseTo"), position: tree.position(of: node))
    }

    /// An EncryptedAssertion's algorithms and key hints (also read by decryption before it
    /// replaces the element).
    static func encryptedFacts(_ node: xmlNodePtr, tree: XMLTree) -> EncryptedElementFacts {
        var dataAlgorithm: String?
        var keyAlgorithm: String?
        var recipient: String?
        var hints: [String] = []
        func readKey(_ key: xmlNodePtr) {
            keyAlgorithm = keyAlgorithm ?? key.childElements.first { $0.localName == "EncryptionMethod" }?.attribute("Algorithm")
            recipient = recipient ?? key.attribute("Recipient")
            if let info = key.childElements.first(where: { $0.localName == "KeyInfo" }) {
                for hint in info.childElements {
                    switch hint.localName {
                    case "KeyName": hints.append("KeyName \"\(hint.directText.trimmingWhitespace())\"")
                    case "X509Data":
                        for part in hint.childElements {
                            switch part.localName {
                            case "X509Certificate":
                                if case .success(let der) = Base64.decode(part.directText) {
                                    hints.append("certificate \(Fingerprint(sha256Of: der))")
                                }
                            case "X509IssuerSerial", "X509SubjectName", "X509SKI":
                                hints.append(part.localName + " " + part.directText.trimmingWhitespace())
                            default: continue
                            }
                        }
                    default: continue
                    }
                }
            }
        }
        for child in node.childElements where child.namespaceURI == XMLNamespace.xmlenc {
            switch child.localName {
            case "EncryptedData":
                dataAlgorithm = child.childElements.first { $0.localName == "EncryptionMethod" }?.attribute("Algorithm")
                for key in child.childElements.first(where: { $0.localName == "KeyInfo" })?.childElements ?? ChildElementSequence(first: nil)
                where key.localName == "EncryptedKey" {
                    readKey(key)
                }
            case "EncryptedKey":
                readKey(child)
            default: continue
            }
        }
        return EncryptedElementFacts(dataAlgorithm: dataAlgorithm, keyTransportAlgorithm: keyAlgorithm, keyRecipient: recipient,
                                     keyHints: hints, position: tree.position(of: node))
    }

    private func requestFields(_ root: xmlNodePtr) -> AuthnRequestFields {
        let policy = root.childElements.first { $0.localName == "NameIDPolicy" && $0.namespaceURI == XMLNamespace.protocolNS }
        let requested = root.childElements.first { $0.localName == "RequestedAuthnContext" && $0.namespaceURI == XMLNamespace.protocolNS }
        let subject = root.childElements.first { $0.localName == "Subject" && $0.namespaceURI == XMLNamespace.assertion }
        let confirmation = subject?.childElements.first { $0.localName == "SubjectConfirmation" }
        return AuthnRequestFields(
            acsURL: root.attribute("AssertionConsumerServiceURL"), acsIndex: root.attribute("AssertionConsumerServiceIndex"),
            protocolBinding: root.attribute("ProtocolBinding"), nameIDFormat: policy?.attribute("Format"),
            allowCreate: policy?.attribute("AllowCreate"), nameIDPolicyPosition: policy.map { tree.position(of: $0) },
            authnContextComparison: requested?.attribute("Comparison"),
            requestedClassRefs: requested?.childElements.filter { $0.localName == "AuthnContextClassRef" }.map { $0.directText.trimmingWhitespace() } ?? [],
            subjectConfirmationPosition: confirmation.map { tree.position(of: $0) })
    }
}
