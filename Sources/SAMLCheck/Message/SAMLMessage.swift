/// A SAML protocol message as an SP (or, for an AuthnRequest, an IdP) reads it: built once from
/// the parsed tree; the message rules read only this.
public struct SAMLMessage: Sendable {
    /// The protocol messages samlcheck diagnoses.
    public enum Kind: String, Sendable, CaseIterable {
        case response = "Response"
        case authnRequest = "AuthnRequest"
        case logoutRequest = "LogoutRequest"
        case logoutResponse = "LogoutResponse"
        /// A bare Assertion (taken out of a Response, or logged by an SP).
        case assertion = "Assertion"
    }

    /// What the document element is.
    public let kind: Kind
    /// The `ID` attribute.
    public let id: String?
    /// The `Version` attribute.
    public let version: String?
    /// The `IssueInstant` attribute.
    public let issueInstant: XSDateTime?
    /// The `Destination` attribute.
    public let destination: String?
    /// The `InResponseTo` attribute (responses).
    public let inResponseTo: String?
    /// The message's own `saml:Issuer`.
    public let issuer: MessageIssuer?
    /// The top-level `samlp:Status` (responses).
    public let status: MessageStatus?
    /// The ds:Signature that is a child of the document element.
    public let signature: SignatureElement?
    /// The `saml:Assertion` children of the document element, in order (decrypted ones included);
    /// for a bare Assertion, the document element itself.
    public let assertions: [MessageAssertion]
    /// Every other `saml:Assertion` anywhere in the document (in Advice, Extensions, a
    /// signature's Object, a foreign wrapper): what a careless consumer might pick instead.
    public let otherAssertions: [PlacedElement]
    /// The `saml:EncryptedAssertion` children not decrypted.
    public let encryptedAssertions: [EncryptedElementFacts]
    /// The AuthnRequest's own fields (AuthnRequest only).
    public let request: AuthnRequestFields?
    /// Every ID-like attribute (`ID`, `Id`, `id`, `xml:id`) in the document, with where it is.
    public let idDeclarations: [IDDeclaration]
    /// Every xs:dateTime attribute of the SAML namespaces, for RESP-TIME-FORMAT.
    public let times: [NamedTime]
    /// Every ds:Signature in the document (the document element's and the assertions' included).
    public let signatures: [PlacedSignature]
    /// Where the document element starts.
    public let position: SourcePosition
    /// The parsed tree, for paths and signature verification.
    let tree: XMLTree

    /// A readable path to `position`, as findings carry it.
    public func path(of position: SourcePosition) -> String? { tree.readablePath(of: position) }

    /// The assertion the SP will consume: the only top-level one (nil when there is none or several).
    public var consumedAssertion: MessageAssertion? { assertions.count == 1 ? assertions[0] : nil }
}

/// A `saml:Issuer` (or NameID-like) value with its format.
public struct MessageIssuer: Sendable, Hashable {
    /// The text, trimmed.
    public let value: String
    /// The `Format` attribute.
    public let format: String?
    /// Where the element starts.
    public let position: SourcePosition
}

/// A response's `samlp:Status`.
public struct MessageStatus: Sendable, Hashable {
    /// The top-level StatusCode `Value`.
    public let code: String?
    /// The nested (second-level) StatusCode `Value`.
    public let subcode: String?
    /// The StatusMessage text.
    public let message: String?
    /// Where the element starts.
    public let position: SourcePosition

    /// Whether the top-level code is Success.
    public var isSuccess: Bool { code == "urn:oasis:names:tc:SAML:2.0:status:Success" }
}

/// An element found somewhere in a message, named by what contains it.
public struct PlacedElement: Sendable, Hashable {
    /// The `ID` attribute.
    public let id: String?
    /// The local name of the parent element.
    public let parentName: String
    /// Whether it lies inside a top-level Assertion (its Advice, for instance).
    public let insideTopLevelAssertion: Bool
    /// Where the element starts.
    public let position: SourcePosition
}

/// A ds:Signature and the element that holds it.
public struct PlacedSignature: Sendable {
    /// What the signature reads as.
    public let element: SignatureElement
    /// The local name of the element that holds it.
    public let parentName: String
    /// The `ID` of the element that holds it.
    public let parentID: String?
    /// Where the element that holds it starts.
    public let parentPosition: SourcePosition
}

/// An EncryptedAssertion (or EncryptedID) as written: its algorithms and key hints.
public struct EncryptedElementFacts: Sendable, Hashable {
    /// EncryptedData's EncryptionMethod (the block cipher).
    public let dataAlgorithm: String?
    /// The EncryptedKey's EncryptionMethod (the key transport).
    public let keyTransportAlgorithm: String?
    /// The EncryptedKey's `Recipient` attribute.
    public let keyRecipient: String?
    /// KeyNames and certificate hints in the EncryptedKey's KeyInfo.
    public let keyHints: [String]
    /// Where the element starts.
    public let position: SourcePosition
}

/// An xs:dateTime attribute and where it is.
public struct NamedTime: Sendable, Hashable {
    /// `Element/@Attribute`.
    public let name: String
    /// The value.
    public let value: XSDateTime
    /// Where its element starts.
    public let position: SourcePosition
}

/// A `saml:Assertion` as an SP reads it.
public struct MessageAssertion: Sendable {
    /// The `ID` attribute.
    public let id: String?
    /// The `Version` attribute.
    public let version: String?
    /// The `IssueInstant` attribute.
    public let issueInstant: XSDateTime?
    /// The assertion's Issuer.
    public let issuer: MessageIssuer?
    /// Its own ds:Signature.
    public let signature: SignatureElement?
    /// The Subject's NameID (nil when absent or encrypted).
    public let nameID: MessageIssuer?
    /// Whether the Subject carries an EncryptedID.
    public let hasEncryptedID: Bool
    /// The Subject's SubjectConfirmations.
    public let confirmations: [SubjectConfirmation]
    /// The Conditions element.
    public let conditions: AssertionConditions?
    /// The AuthnStatements.
    public let authnStatements: [AuthnStatementFacts]
    /// How many AttributeStatements it has.
    public let attributeStatementCount: Int
    /// Every Attribute of its AttributeStatements.
    public let attributes: [SAMLAttribute]
    /// Whether it was an EncryptedAssertion that samlcheck decrypted.
    public let wasEncrypted: Bool
    /// Where the element starts.
    public let position: SourcePosition

    /// The bearer SubjectConfirmations.
    public var bearerConfirmations: [SubjectConfirmation] {
        confirmations.filter { $0.method == SubjectConfirmation.bearer }
    }
}

/// A `saml:SubjectConfirmation` with its data.
public struct SubjectConfirmation: Sendable, Hashable {
    /// The bearer method URI.
    public static let bearer = "urn:oasis:names:tc:SAML:2.0:cm:bearer"
    /// The `Method` attribute.
    public let method: String?
    /// Whether SubjectConfirmationData is present.
    public let hasData: Bool
    /// SubjectConfirmationData `Recipient`.
    public let recipient: String?
    /// SubjectConfirmationData `NotOnOrAfter`.
    public let notOnOrAfter: XSDateTime?
    /// SubjectConfirmationData `NotBefore`.
    public let notBefore: XSDateTime?
    /// SubjectConfirmationData `InResponseTo`.
    public let inResponseTo: String?
    /// Where the SubjectConfirmation starts.
    public let position: SourcePosition
}

/// An assertion's `saml:Conditions`.
public struct AssertionConditions: Sendable, Hashable {
    /// `NotBefore`.
    public let notBefore: XSDateTime?
    /// `NotOnOrAfter`.
    public let notOnOrAfter: XSDateTime?
    /// The Audience values of each AudienceRestriction, trimmed.
    public let audienceRestrictions: [[String]]
    /// Where the element starts.
    public let position: SourcePosition
}

/// A `saml:AuthnStatement`.
public struct AuthnStatementFacts: Sendable, Hashable {
    /// `AuthnInstant`.
    public let authnInstant: XSDateTime?
    /// `SessionIndex`.
    public let sessionIndex: String?
    /// `SessionNotOnOrAfter`.
    public let sessionNotOnOrAfter: XSDateTime?
    /// The AuthnContextClassRef, trimmed.
    public let classRef: String?
    /// Where the element starts.
    public let position: SourcePosition
}

/// What an AuthnRequest asks for.
public struct AuthnRequestFields: Sendable, Hashable {
    /// `AssertionConsumerServiceURL`.
    public let acsURL: String?
    /// `AssertionConsumerServiceIndex`.
    public let acsIndex: String?
    /// `ProtocolBinding`.
    public let protocolBinding: String?
    /// NameIDPolicy `Format`.
    public let nameIDFormat: String?
    /// NameIDPolicy `AllowCreate`.
    public let allowCreate: String?
    /// Where NameIDPolicy starts, when present.
    public let nameIDPolicyPosition: SourcePosition?
    /// RequestedAuthnContext `Comparison` (nil: exact).
    public let authnContextComparison: String?
    /// RequestedAuthnContext's class references, trimmed.
    public let requestedClassRefs: [String]
    /// Where a SubjectConfirmation inside the request's Subject starts, when there is one.
    public let subjectConfirmationPosition: SourcePosition?
}
