#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `samlcheck message`: reads the SAML messages in an input, checks each against the receiver as
/// the user describes it (SP and IdP metadata, keys, the outstanding request, the clock) with the
/// same layers as `check`: the safe parser, the signature procedure, the rule engine's grading,
/// the renderers. One document report per message, each with its verdict.
public enum MessageDiagnosis {
    /// What the user says about the receiver and the sender.
    public struct Setup: Sendable {
        /// The IdP's metadata (`--idp`): its entityID, signing keys, scopes, SLO.
        public var idp: PairDiagnosis.Side?
        /// The SP's metadata (`--sp`): its entityID, ACS URLs, WantAssertionsSigned, formats.
        public var sp: PairDiagnosis.Side?
        /// Keys trusted besides the metadata's (`--trust`).
        public var trust: [TrustAnchor] = []
        /// The SP's private keys for decryption (`--sp-key`).
        public var decryptionKeys: [DecryptionKey] = []
        /// What the receiver expects (the clock comes from the check options).
        public var requestID: String?
        /// The URL the message was delivered to (`--acs-url`).
        public var acsURL: String?
        /// The RelayState the SP sent (`--relay-state`).
        public var relayState: String?
        /// Allowed clock difference in seconds (`--clock-skew`).
        public var clockSkew: TimeInterval = 180
        /// Assertion IDs already consumed (`--seen-ids`).
        public var seenIDs: Set<String>?
        /// The AuthnRequest the messages answer (`--request`), in any encoding the input takes.
        public var request: [UInt8]?
        /// A Mattermost SP's attribute settings (EmailAttribute…) and their configured names.
        public var mattermostAttributes: [String: String]?

        /// An empty setup: no metadata, no keys, default skew.
        public init() {}
    }

    /// Diagnoses every message in `bytes` (read from `source`); throws ``CheckFailure`` when the
    /// input holds no message or a metadata side cannot be used.
    public static func run(bytes: [UInt8], source: String, setup: Setup, options: CheckOptions) async throws -> Report {
        try await CheckFailure.converting {
            let input = try readInput(bytes, source: source, setup: setup)
            let checker = metadataChecker(options)
            async let idpChecked = load(setup.idp, checker: checker)
            async let spChecked = load(setup.sp, checker: checker)
            let (idpResult, spResult) = try await (idpChecked, spChecked)
            let idp = try idpResult.map { try PairDiagnosis.choose(.identityProvider, from: $0, asked: setup.idp?.entityID, option: "--idp-entity").0 }
            let sp = try spResult.map { try PairDiagnosis.choose(.serviceProvider, from: $0, asked: setup.sp?.entityID, option: "--sp-entity").0 }
            try Task.checkCancellation()
            return try await OffPool.run {
                diagnose(input.messages, answering: input.request, source: source, idp: idp, sp: sp, setup: setup, options: options)
            }
        }
    }

    /// The same for documents in memory (a rule's example, a library caller's strings): the
    /// message's input and the metadata of the IdP and the SP, each optional.
    public static func run(bytes: [UInt8], source: String, idpMetadata: [UInt8]?, spMetadata: [UInt8]?, setup: Setup,
                           options: CheckOptions) throws -> Report {
        try CheckFailure.converting {
            let (idp, sp) = try sides(idpMetadata: idpMetadata, spMetadata: spMetadata, options: options)
            return try run(bytes: bytes, source: source, idp: idp, sp: sp, setup: setup, options: options)
        }
    }

    /// The IdP's and SP's metadata in memory, checked and chosen once (a caller diagnosing many
    /// messages against the same sides, such as the fuzz target, keeps them).
    package static func sides(idpMetadata: [UInt8]?, spMetadata: [UInt8]?, options: CheckOptions) throws -> (idp: PairSide?, sp: PairSide?) {
        try CheckFailure.converting {
            let checker = metadataChecker(options)
            let idp = try idpMetadata.map {
                try PairDiagnosis.choose(.identityProvider, from: checker.checkKeepingModel(bytes: $0, source: "idp.xml"), asked: nil, option: "--idp-entity").0
            }
            let sp = try spMetadata.map {
                try PairDiagnosis.choose(.serviceProvider, from: checker.checkKeepingModel(bytes: $0, source: "sp.xml"), asked: nil, option: "--sp-entity").0
            }
            return (idp, sp)
        }
    }

    /// The messages in `bytes` against sides already checked.
    package static func run(bytes: [UInt8], source: String, idp: PairSide?, sp: PairSide?, setup: Setup, options: CheckOptions) throws -> Report {
        try CheckFailure.converting {
            let input = try readInput(bytes, source: source, setup: setup)
            return diagnose(input.messages, answering: input.request, source: source, idp: idp, sp: sp, setup: setup, options: options)
        }
    }

    /// The messages in the input, and the request `--request` (when given) holds.
    private static func readInput(_ bytes: [UInt8], source: String, setup: Setup) throws(CheckFailure)
        -> (messages: [ReceivedMessage], request: (id: String?, fields: AuthnRequestFields)?) {
        var request: (id: String?, fields: AuthnRequestFields)?
        if let bytes = setup.request {
            guard let read = outstandingRequest(bytes) else {
                throw CheckFailure.unreadable(source: "--request", reason: "it holds no readable AuthnRequest")
            }
            request = read
        }
        switch MessageInputReader.read(bytes) {
        case .success(let found): return (found, request)
        case .failure(let problem): throw CheckFailure.unreadable(source: source, reason: problem.description)
        }
    }

    /// What checks the metadata of both sides: whole documents, signatures for integrity only
    /// (trust in the sides' metadata is the operator's, as for `pair`).
    private static func metadataChecker(_ options: CheckOptions) -> Checker {
        var documentOptions = options
        documentOptions.entityFilter = nil
        documentOptions.signature = SignaturePolicy(allowSHA1: options.signature.allowSHA1)
        return Checker(options: documentOptions)
    }

    private static func load(_ side: PairDiagnosis.Side?, checker: Checker) async throws -> (report: DocumentReport, kept: Checker.KeptAnalysis?)? {
        guard let side else { return nil }
        return try await checker.checkKeepingModel(side.input)
    }

    /// The messages of one input, in order; a Response answers `request` (`--request`) or the
    /// AuthnRequest before it in the input.
    static func diagnose(_ messages: [ReceivedMessage], answering request: (id: String?, fields: AuthnRequestFields)?, source: String,
                         idp: PairSide?, sp: PairSide?, setup: Setup, options: CheckOptions) -> Report {
        var outstanding = request
        var reports: [DocumentReport] = []
        for (index, received) in messages.enumerated() {
            let name = messages.count == 1 ? source : "\(source) #\(index + 1)"
            var expectations = MessageExpectations(now: options.rules.now)
            expectations.clockSkew = setup.clockSkew
            expectations.acsURL = setup.acsURL
            expectations.relayState = setup.relayState
            expectations.seenIDs = setup.seenIDs
            expectations.mattermostAttributes = setup.mattermostAttributes
            expectations.requestID = setup.requestID ?? outstanding?.id
            expectations.request = outstanding?.fields
            let (report, request) = diagnoseOne(received, source: name, idp: idp, sp: sp, setup: setup, expectations: expectations, options: options)
            if let request { outstanding = request }
            reports.append(report)
        }
        return Report(documents: reports)
    }

    /// The AuthnRequest in `bytes` (`--request`), as the responses' expectations read it.
    private static func outstandingRequest(_ bytes: [UInt8]) -> (id: String?, fields: AuthnRequestFields)? {
        guard case .success(let messages) = MessageInputReader.read(bytes), let first = messages.first else { return nil }
        let parsed = first.xml.withUnsafeBytes { buffer in
            SafeParser.parse(ParserInput(memory: buffer, limit: MessageInputReader.maximumBytes),
                             limits: ParseLimits(maximumBytes: MessageInputReader.maximumBytes))
        }
        guard case .parsed(let tree) = parsed, case .success(let message) = MessageModelBuilder.build(tree: tree), let fields = message.request else { return nil }
        return (message.id, fields)
    }

    private static func diagnoseOne(_ received: ReceivedMessage, source: String, idp: PairSide?, sp: PairSide?, setup: Setup,
                                    expectations: MessageExpectations, options: CheckOptions)
        -> (DocumentReport, (id: String?, fields: AuthnRequestFields)?) {
        let settings = options.rules
        func rejectedBeforeModel(_ finding: Finding, root: String?) -> DocumentReport {
            var report = DocumentReport(source: source, root: root, entityCount: 0,
                                        signature: SignatureSummary(status: .notChecked, reason: "The message could not be read, so its signature was not checked."),
                                        findings: [finding])
            report.message = MessageSummary(type: root ?? "unknown", binding: received.binding.rawValue, input: received.inputDescription,
                                            verdict: .rejected, reason: finding.rule + ": " + finding.message,
                                            signature: .init(status: .notChecked, signedElement: "none"), assertion: nil, notChecked: [])
            return report
        }
        let parsed = received.xml.withUnsafeBytes { buffer in
            SafeParser.parse(ParserInput(memory: buffer, limit: MessageInputReader.maximumBytes),
                             limits: ParseLimits(maximumBytes: MessageInputReader.maximumBytes))
        }
        let tree: XMLTree
        switch parsed {
        case .parsed(let parsedTree):
            tree = parsedTree
        case .doctype(let line, _):
            return (rejectedBeforeModel(settings.finding(of: RESPDTD.description, "The message carries a DOCTYPE; parsing stopped there, as an SP must refuse it (XXE, entity expansion).", line: line), root: nil), nil)
        case .malformed(let diagnostics):
            let first = diagnostics.first
            return (rejectedBeforeModel(settings.finding(of: MDXMLWellformed.description, "The message is not well-formed XML: \(first?.message ?? "libxml2 refused it").", line: first?.line), root: nil), nil)
        case .tooLarge(let limit):
            return (DocumentReport.unreadable(source: source, reason: "the message is larger than \(limit) bytes"), nil)
        case .unreadable(let reason):
            return (DocumentReport.unreadable(source: source, reason: reason), nil)
        }
        var message: SAMLMessage
        switch MessageModelBuilder.build(tree: tree) {
        case .success(let built): message = built
        case .failure(let problem): return (DocumentReport.unreadable(source: source, reason: problem.description), nil)
        }
        let sender = senderKeys(for: message, idp: idp, sp: sp, trust: setup.trust)
        let signatureCheck = MessageSignatureCheck(anchors: sender.anchors, keySource: sender.source, allowSHA1: options.signature.allowSHA1)
        var attempts: [DecryptionOutcome.Attempt] = []
        var verifiedBeforeDecryption: MessageSignatureFacts.Checked?
        if !setup.decryptionKeys.isEmpty, !message.encryptedAssertions.isEmpty {
            // As an SP does: the Response's signature covers the ciphertext, so it is verified
            // before decryption changes the tree; the Assertion's own signature after.
            verifiedBeforeDecryption = signatureCheck.evaluate(message, received: received).messageSignature
            attempts += MessageDecryption.decryptAssertions(tree, keys: setup.decryptionKeys)
            if case .success(let rebuilt) = MessageModelBuilder.build(tree: tree) { message = rebuilt }
        }
        let signatures = signatureCheck.evaluate(message, received: received, messageSignatureVerified: verifiedBeforeDecryption)
        if !setup.decryptionKeys.isEmpty, message.assertions.contains(where: \.hasEncryptedID) {
            // An Assertion's signature covers its EncryptedID as sent: the NameID is decrypted
            // only once the signatures are judged.
            attempts += MessageDecryption.decryptIdentifiers(tree, keys: setup.decryptionKeys)
            if case .success(let rebuilt) = MessageModelBuilder.build(tree: tree) { message = rebuilt }
        }
        let decryption = attempts.isEmpty ? nil : DecryptionOutcome(attempts: attempts)
        let messageCase = MessageCase(message: message, received: received, sp: sp, idp: idp, expectations: expectations, signatures: signatures,
                                      decryption: decryption, profiles: settings.profiles)
        var findings: [Finding] = []
        var notChecked: [PairSummary.NotChecked] = []
        for ruleType in RuleRegistry.all where settings.isEnabled(ruleType.description) {
            guard let messageRule = ruleType as? any MessageRule.Type, messageRule.messageKinds.contains(message.kind) else { continue }
            let rule = messageRule.init()
            var context = MessageContext(message: message, settings: settings, rule: ruleType.description)
            rule.check(message: messageCase, context: &context)
            findings += context.findings
            notChecked += context.notChecked
        }
        var report = DocumentReport(source: source, root: message.kind.rawValue, entityCount: 0, signature: signatures.summary, findings: findings)
        let firstError = primaryReason(report.findings)
        report.message = MessageSummary(
            type: message.kind.rawValue, binding: received.binding.rawValue, input: received.inputDescription,
            verdict: firstError == nil ? .accepted : .rejected, reason: firstError.map { $0.rule + ": " + $0.message },
            signature: .init(status: signatures.summary.status, signedElement: signatures.signedElement, reason: signatures.summary.reason,
                             algorithm: signatures.summary.algorithm, digest: signatures.summary.digest, keyFingerprint: signatures.summary.keyFingerprint),
            assertion: message.consumedAssertion.map(MessageSummary.Assertion.init), notChecked: notChecked,
            decryption: decryption.map { outcome in
                outcome.attempts.map {
                    MessageSummary.Decryption(element: $0.element, line: $0.line, dataAlgorithm: $0.facts.dataAlgorithm,
                                              keyTransportAlgorithm: $0.facts.keyTransportAlgorithm, decryptedWith: $0.decryptedWith, keysTried: $0.keysTried)
                }
            })
        let request = message.request.map { (id: message.id, fields: $0) }
        return (report, request)
    }

    /// The error the verdict names: what stops a receiver first and explains the rest — an
    /// unreadable message, then what was signed and by whom, then decryption, then the rest in
    /// report order.
    static func primaryReason(_ findings: [Finding]) -> Finding? {
        let order: [any Rule.Type] = [RESPDTD.self, MDXMLWellformed.self, RESPSigWrapping.self, RESPSigKey.self, RESPSigProfile.self,
                                      RESPSigMissing.self, REQRedirectSig.self, REQSignedRequired.self, RESPDecrypt.self, RESPStatus.self]
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.description.id, $0) })
        return findings.enumerated().filter { $0.element.severity == .error }
            .min { (rank[$0.element.rule] ?? order.count, $0.offset) < (rank[$1.element.rule] ?? order.count, $1.offset) }?.element
    }

    /// The keys the receiver trusts for the message's sender: the IdP's signing keys for what an
    /// IdP sends, the SP's for what an SP sends (a logout message by its Issuer), and `--trust`.
    static func senderKeys(for message: SAMLMessage, idp: PairSide?, sp: PairSide?, trust: [TrustAnchor]) -> (anchors: [TrustAnchor], source: String) {
        let fromSP: Bool
        switch message.kind {
        case .authnRequest: fromSP = true
        case .response, .assertion: fromSP = false
        case .logoutRequest, .logoutResponse: fromSP = sp != nil && message.issuer?.value == sp?.entityID
        }
        let side = fromSP ? sp : idp
        var anchors: [TrustAnchor] = []
        if let side {
            for descriptor in side.role.keyDescriptors where descriptor.isUsableForSigning {
                for certificate in descriptor.keyInfo?.certificates ?? [] {
                    guard case .success(let der) = Base64.decode(certificate.base64),
                          let loaded = try? TrustAnchor.load(der, name: "the \(fromSP ? "SP" : "IdP") metadata's signing certificate on line \(certificate.position.line) of \(side.source)")
                    else { continue }
                    anchors += loaded
                }
            }
        }
        anchors += trust
        let who = fromSP ? "SP" : "IdP"
        var source = side == nil ? "no \(who) metadata (--\(who.lowercased())) was given" : "the \(who) metadata's signing keys"
        if !trust.isEmpty { source += side == nil ? "; --trust" : " and --trust" }
        return (anchors, source)
    }
}

extension MessageSummary.Assertion {
    init(_ assertion: MessageAssertion) {
        let statement = assertion.authnStatements.first
        self.init(id: assertion.id, issuer: assertion.issuer?.value,
                  subject: Subject(nameID: assertion.nameID?.value, format: assertion.nameID?.format),
                  audiences: assertion.conditions?.audienceRestrictions.flatMap { $0 } ?? [],
                  notBefore: assertion.conditions?.notBefore?.lexical, notOnOrAfter: assertion.conditions?.notOnOrAfter?.lexical,
                  authnInstant: statement?.authnInstant?.lexical, sessionIndex: statement?.sessionIndex, authnContext: statement?.classRef,
                  attributes: assertion.attributes.map { attribute in
                      Attribute(name: attribute.name, nameFormat: attribute.nameFormat, friendlyName: attribute.friendlyName,
                                values: attribute.values.map { $0.value.trimmingWhitespace() })
                  },
                  wasEncrypted: assertion.wasEncrypted)
    }
}
