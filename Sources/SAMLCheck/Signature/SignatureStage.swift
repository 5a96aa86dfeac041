internal import CLibXML2

/// Decides whether a document is signed, by whom, and why not: the verdict users most need.
///
/// Only a ds:Signature that is a direct child of the document element can make the document
/// signed, and it must follow the SAML signature profile. Signatures deeper in the tree (on
/// entities of an aggregate) are verified and reported on their own entities, and never count for
/// the document.
///
/// The verdict and its findings never disagree: every status but `valid` comes with the finding
/// that carries it (``verdictFindings(_:hint:at:in:)``), and with trust input or
/// `--require-signature` that finding is an error that settings and baselines cannot silence.
struct SignatureStage {
    let policy: SignaturePolicy
    let reporter: StageReporter

    struct Result {
        var summary: SignatureSummary
        var findings: [Finding]
        var signerKey: Fingerprint?
        var verifyingKey: VerifyingKey?
    }

    func run(on document: MetadataDocument) -> Result {
        var findings: [Finding] = []
        let rootEntity = document.rootEntity
        let deeper = document.signatureLocations.filter { !$0.parentIsDocumentElement }
        let onRoot = document.signatureLocations.filter(\.parentIsDocumentElement)
        let isMetadata: Bool
        if case .other = document.root { isMetadata = false } else { isMetadata = true }

        if isMetadata { findings += placementFindings(document) }
        findings += nestedSignatureFindings(document)

        var summary: SignatureSummary
        var hint: String?
        var signerKey: Fingerprint?
        var verifyingKey: VerifyingKey?
        if onRoot.isEmpty {
            var reason = "The document element (\(document.rootName)) carries no ds:Signature."
            if !deeper.isEmpty {
                reason += " \(deeper.count) signature\(deeper.count == 1 ? "" : "s") deeper in the tree \(deeper.count == 1 ? "was" : "were") checked on \(deeper.count == 1 ? "its" : "their") own element\(deeper.count == 1 ? "" : "s") and \(deeper.count == 1 ? "does" : "do") not make the document signed."
            }
            summary = SignatureSummary(status: .absent, reason: reason)
            // Something that is not metadata at all is reported by MD-ROOT-ELEMENT alone, unless
            // a signature was required of it.
            if isMetadata || policy.signatureRequired { findings += unsignedFinding(document, reason: reason) }
            return Result(summary: summary, findings: findings, signerKey: nil)
        } else if onRoot.count > 1 {
            let reason = "The document element carries \(onRoot.count) ds:Signature elements; exactly one is allowed, so none was verified."
            summary = SignatureSummary(status: .invalid, reason: reason)
            findings += reporter.stageFinding(SIGPlacement.self, reason, at: onRoot[1].position, in: document, entity: rootEntity)
        } else if let signature = document.rootSignature, let node = document.tree.node(at: signature.position) {
            let evaluation = evaluateRootSignature(signature, node: node, document: document)
            summary = evaluation.summary
            hint = evaluation.hint
            findings += evaluation.findings
            signerKey = evaluation.signerKey
            verifyingKey = evaluation.verifyingKey
        } else {
            summary = SignatureSummary(status: .notChecked, reason: "The document element's ds:Signature could not be located in the parsed tree, so it was not checked.")
        }
        findings += verdictFindings(summary, hint: hint, at: document.rootSignature?.position ?? onRoot[0].position, in: document)
        return Result(summary: summary, findings: findings, signerKey: signerKey, verifyingKey: verifyingKey)
    }

    // MARK: The verdict's findings

    /// The finding that carries a status other than `valid`, in one place for every path. With
    /// trust input or `--require-signature` it is an error that binds (see
    /// ``StageReporter/verdictFinding(_:_:severity:binding:at:in:entity:hint:)``); SIG-INVALID
    /// always binds: an `invalid` verdict is never silent.
    private func verdictFindings(_ summary: SignatureSummary, hint: String?, at position: SourcePosition,
                                 in document: MetadataDocument) -> [Finding] {
        let reason = summary.reason ?? "The signature was not accepted."
        let required = policy.signatureRequired
        switch summary.status {
        case .valid, .absent:
            return []
        case .invalid:
            return reporter.verdictFinding(SIGInvalid.self, reason, severity: .error, binding: true, at: position, in: document,
                                           entity: document.rootEntity, hint: hint)
        case .untrusted, .notChecked:
            return reporter.verdictFinding(SIGMDUntrustedKey.self, reason, severity: required ? .error : .info, binding: required,
                                           at: position, in: document, entity: document.rootEntity,
                                           hint: required && !policy.hasTrustInput
                                               ? "--require-signature asks for a signature by a trusted key: give the signer's certificate with --trust FILE or its fingerprint with --trust-fingerprint SHA256:…."
                                               : hint)
        }
    }

    private func unsignedFinding(_ document: MetadataDocument, reason: String) -> [Finding] {
        if policy.signatureRequired {
            let hint = policy.hasTrustInput
                ? "Trust input was given, so the metadata must be signed by a trusted key; fetch the signed copy from the publisher."
                : "--require-signature was given; sign the metadata or fetch the signed copy."
            return reporter.verdictFinding(SIGMDUnsigned.self, reason, severity: .error, binding: true, at: document.rootPosition,
                                           in: document, entity: document.rootEntity, hint: hint)
        }
        if document.root == .entityDescriptor && !reporter.facts.isMetadataQueryResponse {
            return reporter.stageFinding(SIGMDUnsigned.self, reason, at: document.rootPosition, in: document, entity: document.rootEntity,
                                         severity: .info,
                                         hint: "Normal for an SP's or IdP's own metadata handed to a federation over a trusted channel; metadata consumed directly should be signed.")
        }
        return reporter.stageFinding(SIGMDUnsigned.self, reason, at: document.rootPosition, in: document, entity: document.rootEntity,
                                     severity: .warning)
    }

    // MARK: The document signature

    private struct Evaluation {
        var summary: SignatureSummary
        var hint: String?
        var findings: [Finding]
        var signerKey: Fingerprint?
        var verifyingKey: VerifyingKey?
    }

    private func evaluateRootSignature(_ signature: SignatureElement, node: xmlNodePtr, document: MetadataDocument) -> Evaluation {
        let entity = document.rootEntity
        let idCount = document.rootID.map { id in document.idDeclarations.filter { $0.value == id }.count } ?? 0
        var evaluation = Evaluation(
            summary: SignatureSummary(
                status: .invalid,
                algorithm: SignatureAlgorithms.signatureMethod(signature.signatureAlgorithm).name,
                digest: signature.references.first.map { SignatureAlgorithms.digestMethod($0.digestAlgorithm).name },
                referenceURI: signature.references.first?.uri),
            findings: [])
        let judged = SignatureJudge(policy: policy).judge(signature, signatureNode: node, signedElementName: document.rootName, signedElementID: document.rootID,
                           idDeclarationCount: idCount)
        for violation in judged.violations {
            evaluation.findings += reporter.stageFinding(violation.rule, violation.message, at: signature.position, in: document, entity: entity)
        }
        guard let verdict = judged.verdict else {
            evaluation.summary.status = judged.status
            evaluation.summary.reason = judged.reason
            evaluation.hint = judged.hint
            return evaluation
        }
        evaluation.summary.status = verdict.status
        evaluation.summary.reason = verdict.reason
        evaluation.summary.keyFingerprint = verdict.fingerprint?.description
        evaluation.hint = verdict.hint
        evaluation.signerKey = verdict.signerKey
        evaluation.verifyingKey = verdict.verifyingKey
        if let mismatch = verdict.keyInfoMismatch {
            evaluation.findings += reporter.stageFinding(SIGKeyInfoMismatch.self, mismatch, at: signature.position, in: document, entity: entity)
        }
        return evaluation
    }

    // MARK: Placement

    /// Signatures must sit directly in a signable metadata element, as its first child.
    private func placementFindings(_ document: MetadataDocument) -> [Finding] {
        let signable: Set<String> = ["EntitiesDescriptor", "EntityDescriptor", "RoleDescriptor", "IDPSSODescriptor", "SPSSODescriptor",
                                     "AuthnAuthorityDescriptor", "AttributeAuthorityDescriptor", "PDPDescriptor", "AffiliationDescriptor"]
        let lookup = EntityLookup(document)
        var findings: [Finding] = []
        for location in document.signatureLocations {
            let entity = lookup.entity(containing: location.position)
            if location.parentNamespace != XMLNamespace.metadata || !signable.contains(location.parentName) {
                findings += reporter.stageFinding(
                    SIGPlacement.self, "A ds:Signature sits inside \(location.parentName), which is not a signable metadata element; nothing will verify it.",
                    at: location.position, in: document, entity: entity)
            } else if !location.isFirstChild {
                findings += reporter.stageFinding(
                    SIGPlacement.self, "The ds:Signature is not the first child of \(location.parentName), where the schema puts it.",
                    at: location.position, in: document, entity: entity)
            }
        }
        return findings
    }

    // MARK: Signatures on entities and roles

    private func nestedSignatureFindings(_ document: MetadataDocument) -> [Finding] {
        var findings: [Finding] = []
        let idCounts = Dictionary(document.idDeclarations.map { ($0.value, 1) }, uniquingKeysWith: +)
        for entity in document.entities {
            if !entity.isDocumentElement, let signature = entity.signature {
                findings += checkNested(signature, signedElementName: "EntityDescriptor", id: entity.id, idCounts: idCounts,
                                        document: document, entity: entity)
            }
            for role in entity.roles {
                if let signature = role.signature {
                    findings += checkNested(signature, signedElementName: role.kind.elementName, id: role.id, idCounts: idCounts,
                                            document: document, entity: entity)
                }
            }
        }
        for group in document.groups where group.parent != nil {
            if let signature = group.signature {
                findings += checkNested(signature, signedElementName: "EntitiesDescriptor", id: group.id, idCounts: idCounts,
                                        document: document, entity: nil)
            }
        }
        return findings
    }

    /// A signature deeper in the tree, judged like the document's and verified on a copy of its
    /// element. One that is broken or refused gets SIG-INVALID on its entity; one that is merely
    /// untrusted is not an error of the entity (trust is the document's business).
    private func checkNested(_ signature: SignatureElement, signedElementName: String, id: String?, idCounts: [String: Int],
                             document: MetadataDocument, entity: EntityDescriptor?) -> [Finding] {
        guard let node = document.tree.node(at: signature.position) else { return [] }
        let judged = SignatureJudge(policy: policy).judge(signature, signatureNode: node, signedElementName: signedElementName, signedElementID: id,
                           idDeclarationCount: id.flatMap { idCounts[$0] } ?? 0) { signatureNode in
            IsolatedVerification.verify(signatureNode: signatureNode, signedElementID: id, signedElementName: signedElementName) { isolatedNode in
                TrustDecision(policy: policy).decide(node: isolatedNode, keyInfo: signature.keyInfo)
            }
        }
        var findings = judged.violations.flatMap {
            reporter.stageFinding($0.rule, $0.message, at: signature.position, in: document, entity: entity)
        }
        let status = judged.verdict?.status ?? judged.status
        if status == .invalid {
            let reason = judged.verdict?.reason ?? judged.reason
            findings += reporter.stageFinding(SIGInvalid.self, "The \(signedElementName)'s own signature is not accepted: \(reason)",
                                              at: signature.position, in: document, entity: entity, hint: judged.verdict?.hint ?? judged.hint)
        }
        return findings
    }
}
