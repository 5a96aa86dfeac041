internal import CLibXML2

/// Decides whether a document is signed, by whom, and why not: the verdict users most need.
///
/// Only a ds:Signature that is a direct child of the document element can make the document
/// signed, and it must follow the SAML signature profile. Signatures deeper in the tree (on
/// entities of an aggregate) are verified and reported on their own entities, and never count for
/// the document.
struct SignatureStage {
    let policy: SignaturePolicy
    let reporter: StageReporter

    struct Result {
        var summary: SignatureSummary
        var findings: [Finding]
        var signerKey: Fingerprint?
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
        var signerKey: Fingerprint?
        if onRoot.isEmpty {
            var reason = "The document element (\(document.rootName)) carries no ds:Signature."
            if !deeper.isEmpty {
                reason += " \(deeper.count) signature\(deeper.count == 1 ? "" : "s") deeper in the tree \(deeper.count == 1 ? "was" : "were") checked on \(deeper.count == 1 ? "its" : "their") own element\(deeper.count == 1 ? "" : "s") and \(deeper.count == 1 ? "does" : "do") not make the document signed."
            }
            summary = SignatureSummary(status: .absent, reason: reason)
            // Something that is not metadata at all is reported by MD-ROOT-ELEMENT alone.
            if isMetadata { findings += unsignedFinding(document, reason: reason) }
        } else if onRoot.count > 1 {
            let reason = "The document element carries \(onRoot.count) ds:Signature elements; exactly one is allowed."
            summary = SignatureSummary(status: .invalid, reason: reason)
            findings += reporter.stageFinding("SIG-PLACEMENT", reason, at: onRoot[1].position, in: document, entity: rootEntity)
        } else if let signature = document.rootSignature, let node = document.tree.node(at: signature.position) {
            let evaluation = evaluateRootSignature(signature, node: node, document: document)
            summary = evaluation.summary
            findings += evaluation.findings
            signerKey = evaluation.signerKey
        } else {
            summary = SignatureSummary(status: .notChecked, reason: "The signature could not be located in the tree.")
        }
        return Result(summary: summary, findings: findings, signerKey: signerKey)
    }

    // MARK: The document signature

    private func unsignedFinding(_ document: MetadataDocument, reason: String) -> [Finding] {
        let severity: Severity
        let hint: String?
        if policy.signatureRequired {
            severity = .error
            hint = policy.hasTrustInput
                ? "Trust input was given, so the metadata must be signed by a trusted key; fetch the signed copy from the publisher."
                : "--require-signature was given; sign the metadata or fetch the signed copy."
        } else if document.root == .entityDescriptor && !reporter.facts.isMetadataQueryResponse {
            severity = .info
            hint = "Normal for an SP's or IdP's own metadata handed to a federation over a trusted channel; metadata consumed directly should be signed."
        } else {
            severity = .warning
            hint = nil
        }
        return reporter.stageFinding("SIG-MD-UNSIGNED", reason, at: document.rootPosition, in: document,
                                     entity: document.rootEntity, severity: severity, hint: hint)
    }

    private struct Evaluation {
        var summary: SignatureSummary
        var findings: [Finding]
        var signerKey: Fingerprint?
    }

    private func evaluateRootSignature(_ signature: SignatureElement, node: xmlNodePtr, document: MetadataDocument) -> Evaluation {
        let entity = document.rootEntity
        let idCount = document.rootID.map { id in document.idDeclarations.filter { $0.value == id }.count } ?? 0
        let violations = SignatureProfile(policy: policy).evaluate(
            signature, signedElementName: document.rootName, signedElementID: document.rootID, idDeclarationCount: idCount)
        var findings = violations.flatMap {
            reporter.stageFinding($0.rule, $0.message, at: signature.position, in: document, entity: entity, severity: $0.severity)
        }
        var summary = SignatureSummary(
            status: .invalid,
            algorithm: SignatureAlgorithms.signatureMethod(signature.signatureAlgorithm).name,
            digest: signature.references.first.map { SignatureAlgorithms.digestMethod($0.digestAlgorithm).name },
            referenceURI: signature.references.first?.uri)

        if let blocking = violations.first(where: \.blocksVerification) {
            summary.reason = "Profile violation (\(blocking.rule)): \(blocking.message) The signature was not verified."
            return Evaluation(summary: summary, findings: findings)
        }
        // Only the document element's ID may resolve: a Reference to a child's ID must not.
        if let id = document.rootID, idCount == 1 {
            registerID(id, on: node.pointee.parent!, in: document.tree)
        }
        let verdict = TrustDecision(policy: policy).decide(node: node, keyInfo: signature.keyInfo)
        summary.keyFingerprint = verdict.fingerprint?.description
        summary.status = verdict.status
        var evaluation = Evaluation(summary: summary, findings: findings, signerKey: verdict.signerKey)
        summary.reason = verdict.reason
        for finding in verdict.findings {
            findings += reporter.stageFinding(finding.rule, finding.message, at: signature.position, in: document, entity: entity,
                                              severity: finding.severity, hint: finding.hint)
        }
        if summary.status == .valid || summary.status == .untrusted,
           let refusal = violations.first(where: \.refusesVerdict) {
            summary.status = .invalid
            summary.reason = "Disallowed algorithm: \(refusal.message) The signature itself is intact (\(verdict.reason))."
        }
        evaluation.summary = summary
        evaluation.findings = findings
        return evaluation
    }

    private func registerID(_ id: String, on element: xmlNodePtr, in tree: XMLTree) {
        guard let attribute = xmlHasProp(element, "ID") ?? xmlHasProp(element, "Id") ?? xmlHasProp(element, "id") else { return }
        if xmlGetID(tree.document, id) == nil { _ = xmlAddID(nil, tree.document, id, attribute) }
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
                    "SIG-PLACEMENT", "A ds:Signature sits inside \(location.parentName), which is not a signable metadata element; nothing will verify it.",
                    at: location.position, in: document, entity: entity)
            } else if !location.isFirstChild {
                findings += reporter.stageFinding(
                    "SIG-PLACEMENT", "The ds:Signature is not the first child of \(location.parentName), where the schema puts it.",
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

    private func checkNested(_ signature: SignatureElement, signedElementName: String, id: String?, idCounts: [String: Int],
                             document: MetadataDocument, entity: EntityDescriptor?) -> [Finding] {
        let violations = SignatureProfile(policy: policy).evaluate(
            signature, signedElementName: signedElementName, signedElementID: id, idDeclarationCount: id.flatMap { idCounts[$0] } ?? 0)
        var findings = violations.flatMap {
            reporter.stageFinding($0.rule, $0.message, at: signature.position, in: document, entity: entity, severity: $0.severity)
        }
        guard !violations.contains(where: \.blocksVerification), let node = document.tree.node(at: signature.position) else {
            return findings
        }
        let verdict = IsolatedVerification.verify(signatureNode: node, signedElementID: id) { isolatedNode in
            TrustDecision(policy: policy).decide(node: isolatedNode, keyInfo: signature.keyInfo)
        }
        // A nested signature that does not verify even with its own key is broken; one that is
        // merely untrusted is not an error of the entity.
        if verdict.status == .invalid {
            findings += reporter.stageFinding("SIG-INVALID", "The \(signedElementName)'s own signature does not verify: \(verdict.reason)",
                                              at: signature.position, in: document, entity: entity)
        }
        return findings
    }
}
