internal import CLibXML2

/// Turns verification attempts into a verdict under a signature policy: which keys to try, in
/// which order, and what a failure means.
///
/// Trust comes only from the policy's keys; KeyInfo only helps to pick among them. A pinned
/// certificate (`--trust-fingerprint`) is found wherever it appears in KeyInfo, so a signature
/// made during a key rollover, whose KeyInfo lists the old certificate first and the new one
/// second, verifies with the pinned one.
struct TrustDecision {
    /// The outcome for one signature: its status, one sentence saying why, and what verified it.
    struct Verdict {
        var status: SignatureSummary.Status
        /// One sentence naming the cause; also the message of the verdict's finding.
        var reason: String
        /// How to fix it, when the rule's own hint is not specific enough.
        var hint: String?
        /// The certificate (or key) fingerprint that verified the signature.
        var fingerprint: Fingerprint?
        var signerKey: Fingerprint?
        /// The key that verified the signature, with its type and size.
        var verifyingKey: VerifyingKey?
        /// When a trusted key verified the signature but KeyInfo's first certificate is another
        /// one (`SIG-KEYINFO-MISMATCH`): the sentence saying so.
        var keyInfoMismatch: String?
    }

    let policy: SignaturePolicy

    func decide(node: xmlNodePtr, keyInfo: KeyInfo?) -> Verdict {
        let verifier = SignatureVerifier(allowSHA1: policy.allowSHA1)
        let keys = KeyInfoKeys(keyInfo)
        if policy.hasTrustInput {
            return decideWithTrust(node: node, verifier: verifier, keys: keys)
        }
        switch integrity(node: node, verifier: verifier, keys: keys, skipping: []) {
        case .intact(let signer, let key):
            let shown = signer ?? key?.fingerprint
            return Verdict(
                status: .untrusted,
                reason: "The signature is intact with the \(signer == nil ? "key value" : "certificate") in its own KeyInfo (\(shown?.description ?? "a bare key")), which anyone could have put there; no trust anchor was given, so nothing says who signed it.",
                hint: "Give the federation's signing certificate with --trust FILE, or its fingerprint with --trust-fingerprint SHA256:…, to check who signed it.",
                fingerprint: shown, signerKey: key?.fingerprint, verifyingKey: key)
        case .failed(let verdict):
            return verdict
        case .nothingToTry(let why):
            return Verdict(status: .notChecked,
                           reason: "The signature was not checked: \(why), and no trust anchor was given.",
                           hint: "Give the signer's certificate with --trust FILE.")
        }
    }

    // MARK: With trust input

    private func decideWithTrust(node: xmlNodePtr, verifier: SignatureVerifier, keys: KeyInfoKeys) -> Verdict {
        var tried: Set<Fingerprint> = []
        for candidate in trustedCandidates(keys) {
            tried.insert(candidate.keyFingerprint)
            let outcome = verifier.verify(node, with: candidate.key)
            switch outcome {
            case .verified(_, let verifiedKey):
                var verdict = Verdict(status: .valid, reason: candidate.validReason,
                                      fingerprint: candidate.fingerprint, signerKey: verifiedKey?.fingerprint ?? candidate.keyFingerprint,
                                      verifyingKey: verifiedKey)
                if let first = keys.certificates.first, first.keyFingerprint != candidate.keyFingerprint {
                    verdict.keyInfoMismatch = "The signature's KeyInfo lists the certificate \(first.certificateFingerprint) first, but the \(candidate.description) verified it."
                }
                return verdict
            case .signatureMismatch, .wrongKeyKind, .noKey:
                // Another trusted key (or one of another kind) may have made it.
                continue
            case .digestMismatch, .processingFailed:
                // The signed content or the signature itself is broken, whichever key is tried.
                return failure(outcome, keyDescription: candidate.description)
            }
        }
        let trusted = trustDescription
        switch integrity(node: node, verifier: verifier, keys: keys, skipping: tried) {
        case .intact(let signer, let key):
            // A pinned key that only xmlsec's KeyInfo reader found (a bare KeyValue).
            if let key, policy.pinnedFingerprints.contains(key.fingerprint) {
                return Verdict(status: .valid, reason: "Verified with the pinned key \(key.fingerprint).", fingerprint: key.fingerprint,
                               signerKey: key.fingerprint, verifyingKey: key)
            }
            let signerText = (signer ?? key?.fingerprint)?.description ?? "a key without certificate"
            return Verdict(status: .untrusted,
                           reason: "The signature is intact but was made by \(signerText), which is not among the trusted keys (\(trusted)).",
                           hint: "Check that you trust the right certificate (it may have been rolled over), or that this metadata comes from the publisher you expect.",
                           fingerprint: signer ?? key?.fingerprint, signerKey: nil)
        case .failed(let verdict):
            if !tried.isEmpty, case .invalid = verdict.status {
                return Verdict(status: .invalid,
                               reason: "The signature value does not verify with the trusted key\(tried.count == 1 ? "" : "s") (\(trusted)), nor with any certificate in its KeyInfo: the SignatureValue was altered or made with another key.")
            }
            return verdict
        case .nothingToTry(let why):
            if tried.isEmpty {
                return Verdict(status: .notChecked,
                               reason: "The signature could not be checked against the pinned fingerprint\(policy.pinnedFingerprints.count == 1 ? "" : "s") (\(trusted)): \(why).",
                               hint: "Pin with --trust FILE instead, which needs no certificate in the signature.")
            }
            return Verdict(status: .invalid,
                           reason: "The signature value does not verify with the trusted key\(tried.count == 1 ? "" : "s") (\(trusted)), and its KeyInfo holds no other key: the SignatureValue was altered or made with another key.")
        }
    }

    /// A key to try under the policy, with what to say when it verifies.
    private struct Candidate {
        var key: SignatureVerifier.Key
        var fingerprint: Fingerprint
        var keyFingerprint: Fingerprint
        var description: String
        var validReason: String
    }

    /// The trusted keys in the order to try them: those KeyInfo names first (each attempt digests
    /// the whole document), then the other anchors; pinned certificates wherever KeyInfo has them.
    private func trustedCandidates(_ keys: KeyInfoKeys) -> [Candidate] {
        let named = keys.certificates.map(\.keyFingerprint)
        let anchors = policy.anchors.enumerated().sorted { first, second in
            let a = named.firstIndex(of: first.element.keyFingerprint) ?? Int.max
            let b = named.firstIndex(of: second.element.keyFingerprint) ?? Int.max
            return a != b ? a < b : first.offset < second.offset
        }.map(\.element)
        var candidates = anchors.map { anchor in
            Candidate(key: .anchor(anchor), fingerprint: anchor.fingerprint, keyFingerprint: anchor.keyFingerprint,
                      description: "trusted key \(anchor.fingerprint) from \(anchor.name)",
                      validReason: "Verified with the trusted key \(anchor.fingerprint) from \(anchor.name).")
        }
        for certificate in keys.certificates
        where policy.pinnedFingerprints.contains(certificate.certificateFingerprint) || policy.pinnedFingerprints.contains(certificate.keyFingerprint) {
            guard !candidates.contains(where: { $0.keyFingerprint == certificate.keyFingerprint }) else { continue }
            candidates.append(Candidate(key: .certificate(certificate.der), fingerprint: certificate.certificateFingerprint,
                                        keyFingerprint: certificate.keyFingerprint,
                                        description: "pinned certificate \(certificate.certificateFingerprint)",
                                        validReason: "Verified with the pinned certificate \(certificate.certificateFingerprint)."))
        }
        return candidates
    }

    private var trustDescription: String {
        (policy.anchors.map { "\($0.fingerprint) from \($0.name)" } + policy.pinnedFingerprints.map { "pinned \($0)" })
            .joined(separator: ", ")
    }

    // MARK: Integrity with the signature's own keys

    private enum Integrity {
        /// A key from KeyInfo verifies the signature.
        case intact(signer: Fingerprint?, key: VerifyingKey?)
        /// The signature is broken whatever key is tried.
        case failed(Verdict)
        /// KeyInfo offers no key (beyond those already tried) to check with: why.
        case nothingToTry(String)
    }

    /// Whether the signature verifies with a key its own KeyInfo carries: each certificate in
    /// order, then (when it has no certificate) whatever xmlsec's KeyInfo reader takes.
    private func integrity(node: xmlNodePtr, verifier: SignatureVerifier, keys: KeyInfoKeys, skipping tried: Set<Fingerprint>) -> Integrity {
        var attempts: [SignatureVerifier.Key] = keys.certificates
            .filter { !tried.contains($0.keyFingerprint) }
            .map { .certificate($0.der) }
        if keys.certificates.isEmpty, keys.hasOtherKeyMaterial { attempts.append(.keyInfo) }
        guard !attempts.isEmpty else {
            if !keys.certificates.isEmpty { return .nothingToTry("its KeyInfo holds no key other than those already tried") }
            return .nothingToTry(keys.absenceDescription)
        }
        var lastMismatch: SignatureVerifier.Outcome?
        for attempt in attempts {
            let outcome = verifier.verify(node, with: attempt)
            switch outcome {
            case .verified(let signer, let key):
                return .intact(signer: signer, key: key)
            case .signatureMismatch, .wrongKeyKind:
                lastMismatch = outcome
            case .noKey(let detail):
                if attempts.count == 1 { return .nothingToTry(detail) }
            case .digestMismatch, .processingFailed:
                return .failed(failure(outcome, keyDescription: "the key in its own KeyInfo"))
            }
        }
        let description = attempts.count == 1 ? "the \(keys.certificates.isEmpty ? "key" : "certificate") in its own KeyInfo"
                                              : "any of the \(attempts.count) certificates in its own KeyInfo"
        if let lastMismatch { return .failed(failure(lastMismatch, keyDescription: description)) }
        return .nothingToTry("none of the certificates in its KeyInfo holds a key xmlsec can use")
    }

    private func failure(_ outcome: SignatureVerifier.Outcome, keyDescription: String) -> Verdict {
        switch outcome {
        case .digestMismatch(let uri):
            let reference = uri.isEmpty ? "the whole document" : uri
            return Verdict(status: .invalid,
                           reason: "The digest of Reference \(reference) does not match: the signed content changed after signing.",
                           hint: "Use the metadata exactly as the publisher signed it: even re-indenting or re-encoding breaks the signature. If you edited it, sign it again.")
        case .signatureMismatch:
            return Verdict(status: .invalid,
                           reason: "The digest matches but the signature value does not verify with \(keyDescription): the SignatureValue was altered or made with another key.")
        case .wrongKeyKind(let detail):
            return Verdict(status: .invalid,
                           reason: "The signature cannot be verified with \(keyDescription): \(detail).",
                           hint: "The KeyInfo carries another key than the one that signed; publish the signer's certificate, or give it with --trust FILE.")
        case .noKey(let detail):
            return Verdict(status: .notChecked, reason: "The signature was not checked: \(detail).",
                           hint: "Give the signer's certificate with --trust FILE.")
        case .processingFailed(let detail):
            return Verdict(status: .invalid, reason: "The signature could not be verified: \(detail).")
        case .verified:
            return Verdict(status: .valid, reason: "Verified.")
        }
    }
}

/// The keys a signature's KeyInfo carries, decoded once.
struct KeyInfoKeys {
    struct Certificate {
        var der: [UInt8]
        var certificateFingerprint: Fingerprint
        var keyFingerprint: Fingerprint
    }

    /// Every certificate that decodes, in document order.
    var certificates: [Certificate] = []
    /// KeyInfo holds key material other than certificates that xmlsec's reader may take a key
    /// from (a KeyValue).
    var hasOtherKeyMaterial = false
    /// Why there is no key at all, for the verdict's reason.
    var absenceDescription: String

    init(_ keyInfo: KeyInfo?) {
        for certificate in keyInfo?.certificates ?? [] {
            guard case .success(let der) = Base64.decode(certificate.base64), let parsed = OwnedX509.fromDER(der) else { continue }
            certificates.append(Certificate(der: der, certificateFingerprint: Fingerprint(sha256Of: der),
                                            keyFingerprint: Fingerprint(sha256Of: parsed.publicKeyDER)))
        }
        hasOtherKeyMaterial = !(keyInfo?.keyValues.isEmpty ?? true)
        guard let keyInfo else {
            absenceDescription = "it has no KeyInfo, so there is no key to check it with"
            return
        }
        if !keyInfo.certificates.isEmpty {
            absenceDescription = "the certificate\(keyInfo.certificates.count == 1 ? "" : "s") in its KeyInfo cannot be decoded"
        } else {
            var held = keyInfo.keyNames.isEmpty ? [] : ["a KeyName"]
            held += keyInfo.otherChildren.map { "a \($0.localName)" }
            held += keyInfo.x509Data.isEmpty ? [] : ["X509Data without a certificate"]
            absenceDescription = held.isEmpty
                ? "its KeyInfo is empty, so there is no key to check it with"
                : "its KeyInfo holds only \(held.joined(separator: " and ")), which names a key but does not carry one"
        }
    }
}
