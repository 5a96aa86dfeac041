internal import CLibXML2

/// Judges every signature of a message with the metadata signature procedure (profile, then
/// xmlsec under the policy), verifies a Redirect query signature, and decides what protects the
/// node the receiver consumes.
struct MessageSignatureCheck {
    /// The keys the receiver trusts for this sender, and where they come from.
    let anchors: [TrustAnchor]
    let keySource: String
    let allowSHA1: Bool

    /// The facts for `message`; `messageSignatureVerified` is the document element's signature as
    /// judged before decryption replaced the ciphertext it covers.
    func evaluate(_ message: SAMLMessage, received: ReceivedMessage, messageSignatureVerified: MessageSignatureFacts.Checked? = nil) -> MessageSignatureFacts {
        let policy = SignaturePolicy(anchors: anchors, allowSHA1: allowSHA1)
        let judge = SignatureJudge(policy: policy)
        let idCounts = Dictionary(message.idDeclarations.map { ($0.value, 1) }, uniquingKeysWith: +)
        var checked: [MessageSignatureFacts.Checked] = []
        for placed in message.signatures {
            if let known = messageSignatureVerified, role(of: placed, in: message) == .message {
                checked.append(known)
                continue
            }
            guard let node = message.tree.node(at: placed.element.position) else { continue }
            let judged = judge.judge(placed.element, signatureNode: node, signedElementName: placed.parentName, signedElementID: placed.parentID,
                                     idDeclarationCount: placed.parentID.flatMap { idCounts[$0] } ?? 0)
            checked.append(MessageSignatureFacts.Checked(
                placed: placed, role: role(of: placed, in: message), status: judged.verdict?.status ?? judged.status,
                reason: judged.verdict?.reason ?? judged.reason, hint: judged.verdict?.hint ?? judged.hint,
                keyFingerprint: judged.verdict?.fingerprint?.description,
                violations: judged.violations.map { violation in
                    let id = violation.rule.description.id
                    return (id, violation.message, Self.algorithmRules.contains(id))
                }))
        }
        let query = received.querySignature.map { verifyQuery($0) }
        let wrapping = wrappingProblems(message, checked: checked)
        let (summary, signedElement) = decide(message, checked: checked, query: query, wrapping: wrapping)
        return MessageSignatureFacts(checked: checked, query: query, summary: summary, signedElement: signedElement, wrapping: wrapping,
                                     hasTrustInput: !anchors.isEmpty, keySource: keySource)
    }

    /// The profile rules about algorithms (RESP-SIG-ALG reports them; RESP-SIG-PROFILE the rest).
    private static let algorithmRules: Set<String> = [SIGAlgSHA1.description.id, SIGDigestSHA1.description.id, SIGAlgMD5.description.id,
                                                      SIGAlgDSA.description.id, SIGAlgUnknown.description.id]

    private func role(of placed: PlacedSignature, in message: SAMLMessage) -> MessageSignatureFacts.Role {
        if let consumed = message.consumedAssertion, placed.parentPosition.element == consumed.position.element { return .consumedAssertion }
        if placed.parentPosition.element == message.position.element { return .message }
        return placed.parentName == "Assertion" ? .otherAssertion : .elsewhere
    }

    // MARK: What the consumer reads

    /// Everything that lets a consumer read a node no verified signature covers: a repeated ID,
    /// a second top-level Assertion, a signature that references another element than its parent,
    /// an Assertion outside the verified subtree.
    private func wrappingProblems(_ message: SAMLMessage, checked: [MessageSignatureFacts.Checked]) -> [MessageSignatureFacts.WrappingProblem] {
        var problems: [MessageSignatureFacts.WrappingProblem] = []
        var firstLine: [String: Int] = [:]
        for declaration in message.idDeclarations {
            if let line = firstLine[declaration.value] {
                problems.append(.init(message: "The ID \"\(declaration.value)\" is declared again on this \(declaration.elementName) (first on line \(line)): a Reference to it may verify one element while the SP reads the other.",
                                      position: declaration.position))
            } else {
                firstLine[declaration.value] = declaration.position.line
            }
        }
        // Encrypted ones count: an SP that decrypts may read that one instead of the plain one.
        let carried = message.assertions.map(\.position) + message.encryptedAssertions.map(\.position)
        if carried.count > 1 {
            problems.append(.init(message: "The Response carries \(carried.count) assertions\(message.encryptedAssertions.isEmpty ? "" : " (encrypted ones included)"); an SP must find exactly one, or it may verify one and read another.",
                                  position: carried.sorted { $0.line < $1.line }[1]))
        }
        for check in checked where check.role == .message || check.role == .consumedAssertion {
            let element = check.placed.element
            if element.references.count == 1, let uri = element.references[0].uri, let id = check.placed.parentID, uri != "#" + id {
                problems.append(.init(message: "The \(check.placed.parentName)'s signature references \"\(uri)\", not its own ID \"\(id)\": it vouches for some other element than the one the SP reads.",
                                      position: element.position))
            }
        }
        let messageCovered = checked.contains { $0.role == .message && $0.status == .valid }
        let assertionCovered = checked.contains { $0.role == .consumedAssertion && $0.status == .valid }
        for other in message.otherAssertions {
            if messageCovered || (assertionCovered && other.insideTopLevelAssertion) { continue }
            let covered = messageCovered || assertionCovered ? "outside what the verified signature covers" : "and no verified signature covers it"
            problems.append(.init(message: "An Assertion\(other.id.map { " (ID \"\($0)\")" } ?? "") sits inside \(other.parentName), \(covered): a consumer that searches the document for an Assertion may read it instead.",
                                  position: other.position))
        }
        return problems
    }

    /// The verdict on the consumed node: valid only when a verified signature by a trusted key
    /// covers it and nothing lets a consumer read something else.
    private func decide(_ message: SAMLMessage, checked: [MessageSignatureFacts.Checked], query: MessageSignatureFacts.QueryVerdict?,
                        wrapping: [MessageSignatureFacts.WrappingProblem]) -> (SignatureSummary, String) {
        let relevant = checked.filter { $0.role == .message || $0.role == .consumedAssertion }
        let onMessage = relevant.contains { $0.role == .message }
        let onAssertion = relevant.contains { $0.role == .consumedAssertion }
        let ownName = message.kind == .response || message.kind == .logoutResponse ? "response" : message.kind == .assertion ? "assertion" : "request"
        let signedElement = onMessage && onAssertion ? "both" : onMessage ? ownName : onAssertion ? "assertion" : query != nil ? "query" : "none"
        let shown = relevant.first { $0.status == .valid } ?? relevant.first
        var summary = SignatureSummary(
            status: .absent,
            algorithm: shown.map { SignatureAlgorithms.signatureMethod($0.placed.element.signatureAlgorithm).name } ?? query?.algorithm.map { SignatureAlgorithms.signatureMethod($0).name },
            digest: shown?.placed.element.references.first.map { SignatureAlgorithms.digestMethod($0.digestAlgorithm).name },
            referenceURI: shown?.placed.element.references.first?.uri,
            keyFingerprint: shown?.keyFingerprint ?? query?.keyFingerprint)
        let covering = relevant.first { $0.status == .valid } != nil || query?.status == .valid
        if let invalid = relevant.first(where: { $0.status == .invalid }) {
            summary.status = .invalid
            summary.reason = "The \(invalid.placed.parentName)'s signature is not accepted: \(invalid.reason)"
        } else if query?.status == .invalid {
            summary.status = .invalid
            summary.reason = query!.reason
        } else if covering, let problem = wrapping.first {
            summary.status = .invalid
            summary.reason = "A signature verifies, but not over what the SP will read: \(problem.message)"
        } else if covering {
            summary.status = .valid
            summary.reason = relevant.first { $0.status == .valid }.map { "The \($0.placed.parentName)'s signature: \($0.reason)" } ?? query!.reason
        } else if let other = relevant.first(where: { $0.status == .untrusted || $0.status == .notChecked }) {
            summary.status = other.status
            summary.reason = "The \(other.placed.parentName)'s signature: \(other.reason)"
        } else if let query {
            summary.status = query.status
            summary.reason = query.reason
        } else {
            summary.reason = "Neither the \(message.kind.rawValue) nor \(message.kind == .response ? "its Assertion" : "its query") carries a signature."
        }
        return (summary, signedElement)
    }

    // MARK: The Redirect binding

    private func verifyQuery(_ query: ReceivedMessage.QuerySignature) -> MessageSignatureFacts.QueryVerdict {
        guard let algorithm = query.algorithm, let encoded = query.signature else {
            return .init(status: .invalid, reason: "The URL carries \(query.algorithm == nil ? "a Signature but no SigAlg" : "a SigAlg but no Signature"), so its signature cannot be verified.",
                         algorithm: query.algorithm, keyFingerprint: nil)
        }
        guard case .success(let signature) = Base64.decode(encoded) else {
            return .init(status: .invalid, reason: "The URL's Signature parameter is not base64.", algorithm: algorithm, keyFingerprint: nil)
        }
        guard !anchors.isEmpty else {
            return .init(status: .notChecked, reason: "The query signature was not checked: no key was given (\(keySource)).", algorithm: algorithm, keyFingerprint: nil)
        }
        var unusable: String?
        for anchor in anchors {
            switch QuerySignatureVerifier.verify(octets: query.signedOctets, algorithm: algorithm, signature: signature, anchor: anchor, allowSHA1: allowSHA1) {
            case .verified:
                return .init(status: .valid, reason: "The query signature over \"\(query.signedOctets.prefix(40))…\" verifies with \(anchor.fingerprint) from \(anchor.name).",
                             algorithm: algorithm, keyFingerprint: anchor.fingerprint.description)
            case .mismatch: continue
            case .unusable(let why): unusable = unusable ?? why
            }
        }
        if let unusable, QuerySignatureVerifier.digest(of: algorithm, allowSHA1: allowSHA1) == nil {
            return .init(status: .invalid, reason: "The query signature is not accepted: \(unusable).", algorithm: algorithm, keyFingerprint: nil)
        }
        return .init(status: .invalid,
                     reason: "The query signature does not verify over the octets as received with any of \(anchors.count) key\(anchors.count == 1 ? "" : "s") (\(keySource)): the query was changed or re-encoded, or another key signed it.",
                     algorithm: algorithm, keyFingerprint: nil)
    }
}
