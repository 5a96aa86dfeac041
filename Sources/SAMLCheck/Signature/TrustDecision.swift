internal import CLibXML2

/// Turns verification attempts into a verdict under a signature policy: which key to try, what
/// a failure means, and which findings explain it.
struct TrustDecision {
    struct Explanation {
        var rule: String
        var message: String
        var severity: Severity?
        var hint: String?
    }

    struct Verdict {
        var status: SignatureSummary.Status
        var reason: String
        /// The certificate (or key) fingerprint that verified the signature.
        var fingerprint: Fingerprint?
        var signerKey: Fingerprint?
        var findings: [Explanation] = []
    }

    let policy: SignaturePolicy

    func decide(node: xmlNodePtr, keyInfo: KeyInfo?) -> Verdict {
        let verifier = SignatureVerifier(allowSHA1: policy.allowSHA1)
        let keyInfoKeys = KeyInfoCertificates(keyInfo)
        if !policy.anchors.isEmpty {
            return decideWithAnchors(node: node, verifier: verifier, keyInfoKeys: keyInfoKeys)
        }
        let outcome = verifier.verify(node, with: keyInfoKeys.integrityKey)
        if !policy.pinnedFingerprints.isEmpty {
            return decideWithPins(outcome)
        }
        switch outcome {
        case .verified(let signer, let key):
            let shown = signer ?? key
            let reason = "Intact with the key in its own KeyInfo (\(shown?.description ?? "no certificate")), which anyone could have put there; no trust anchor was given."
            return Verdict(status: .untrusted, reason: reason, fingerprint: shown, signerKey: key, findings: [Explanation(
                rule: "SIG-MD-UNTRUSTED-KEY",
                message: "The signature is intact but was checked only with the certificate in its own KeyInfo (\(shown?.description ?? "a bare key value")); nothing says who signed it.",
                severity: .info,
                hint: "Give the federation's signing certificate with --trust FILE, or its fingerprint with --trust-fingerprint SHA256:…, to check who signed it.")])
        default:
            return failure(outcome, keyDescription: "the key in its own KeyInfo")
        }
    }

    private func decideWithAnchors(node: xmlNodePtr, verifier: SignatureVerifier, keyInfoKeys: KeyInfoCertificates) -> Verdict {
        // Try the anchor whose key the KeyInfo names first: each attempt digests the whole document.
        let ordered = policy.anchors.sorted { first, _ in keyInfoKeys.keyFingerprints.contains(first.keyFingerprint) }
        for anchor in ordered {
            let outcome = verifier.verify(node, with: .anchor(anchor))
            switch outcome {
            case .verified:
                var verdict = Verdict(status: .valid,
                                      reason: "Verified with the trusted key \(anchor.fingerprint) from \(anchor.name).",
                                      fingerprint: anchor.fingerprint, signerKey: anchor.keyFingerprint)
                if !keyInfoKeys.keyFingerprints.isEmpty, !keyInfoKeys.keyFingerprints.contains(anchor.keyFingerprint) {
                    verdict.findings.append(Explanation(
                        rule: "SIG-KEYINFO-MISMATCH",
                        message: "The signature's KeyInfo names a different certificate (\(keyInfoKeys.certificateFingerprints.first?.description ?? "?")) than the trusted key that verified it (\(anchor.fingerprint)).",
                        severity: nil, hint: nil))
                }
                return verdict
            case .signatureMismatch, .wrongKeyKind:
                // Another trusted key (or a key of the other kind) may have made it.
                continue
            default:
                return failure(outcome, keyDescription: "the trusted key \(anchor.fingerprint)")
            }
        }
        // No trusted key verifies the signature value: was it signed by someone else?
        let trusted = policy.anchors.map(\.fingerprint.description).joined(separator: ", ")
        let own = verifier.verify(node, with: keyInfoKeys.integrityKey)
        if case .verified(let signer, let key) = own {
            if let signer, policy.pinnedFingerprints.contains(signer) || (key.map(policy.pinnedFingerprints.contains) ?? false) {
                return Verdict(status: .valid, reason: "Verified with the pinned certificate \(signer).", fingerprint: signer, signerKey: key)
            }
            return untrustedSigner(signer ?? key, trusted: trusted)
        }
        return Verdict(status: .invalid,
                       reason: "The signature value does not verify with the trusted key\(policy.anchors.count == 1 ? "" : "s") (\(trusted)), nor with the certificate in its KeyInfo.",
                       findings: [Explanation(rule: "SIG-INVALID",
                                              message: "The signature value does not verify with the trusted key\(policy.anchors.count == 1 ? "" : "s") (\(trusted)): the SignatureValue was altered or made with another key.",
                                              severity: nil, hint: nil)])
    }

    private func decideWithPins(_ outcome: SignatureVerifier.Outcome) -> Verdict {
        let pins = policy.pinnedFingerprints.map(\.description).joined(separator: ", ")
        switch outcome {
        case .verified(let signer, let key):
            if let signer, policy.pinnedFingerprints.contains(signer) {
                return Verdict(status: .valid, reason: "Verified with the pinned certificate \(signer).", fingerprint: signer, signerKey: key)
            }
            if let key, policy.pinnedFingerprints.contains(key) {
                return Verdict(status: .valid, reason: "Verified with the pinned key \(key).", fingerprint: key, signerKey: key)
            }
            return untrustedSigner(signer ?? key, trusted: pins)
        case .noKey:
            return Verdict(status: .invalid,
                           reason: "The signature carries no certificate, so it cannot be matched to the pinned fingerprint\(policy.pinnedFingerprints.count == 1 ? "" : "s") (\(pins)).",
                           findings: [Explanation(rule: "SIG-MD-UNTRUSTED-KEY",
                                                  message: "The signature carries no certificate to match against the pinned fingerprints (\(pins)).",
                                                  severity: .error, hint: "Pin with --trust FILE instead, which needs no certificate in the signature.")])
        default:
            return failure(outcome, keyDescription: "the key in its own KeyInfo")
        }
    }

    private func untrustedSigner(_ signer: Fingerprint?, trusted: String) -> Verdict {
        let signerText = signer?.description ?? "a key without certificate"
        return Verdict(status: .untrusted,
                       reason: "Signed by \(signerText), which is not among the trusted keys (\(trusted)).",
                       fingerprint: signer, signerKey: nil,
                       findings: [Explanation(rule: "SIG-MD-UNTRUSTED-KEY",
                                              message: "The signature is intact but was made by \(signerText), not by a trusted key (\(trusted)).",
                                              severity: .error,
                                              hint: "Check that you trust the right certificate (it may have been rolled over), or that this metadata comes from the publisher you expect.")])
    }

    private func failure(_ outcome: SignatureVerifier.Outcome, keyDescription: String) -> Verdict {
        switch outcome {
        case .digestMismatch(let uri):
            let reference = uri.isEmpty ? "the whole document" : uri
            return Verdict(status: .invalid,
                           reason: "Digest mismatch for Reference \(reference): the signed content changed after signing.",
                           findings: [Explanation(rule: "SIG-INVALID",
                                                  message: "The digest of Reference \(reference) does not match: the document was edited or re-formatted after it was signed.",
                                                  severity: nil,
                                                  hint: "Use the metadata exactly as the publisher signed it: even re-indenting or re-encoding breaks the signature. If you edited it, re-sign it.")])
        case .signatureMismatch:
            return Verdict(status: .invalid,
                           reason: "The signature value does not verify with \(keyDescription) (wrong key, or the SignatureValue was altered).",
                           findings: [Explanation(rule: "SIG-INVALID",
                                                  message: "The digest matches but the signature value does not verify with \(keyDescription).",
                                                  severity: nil, hint: nil)])
        case .wrongKeyKind(let detail):
            return Verdict(status: .invalid,
                           reason: "\(keyDescription.prefix(1).uppercased() + keyDescription.dropFirst()) cannot have made this signature: \(detail).",
                           findings: [Explanation(rule: "SIG-INVALID",
                                                  message: "The signature cannot be verified with \(keyDescription): \(detail).",
                                                  severity: nil, hint: "The KeyInfo carries another key than the one that signed; publish the signer's certificate, or give it with --trust FILE.")])
        case .noKey(let detail):
            return Verdict(status: .notChecked, reason: "The signature could not be checked: \(detail).",
                           findings: [Explanation(rule: "SIG-INVALID", message: "The signature could not be checked: \(detail).",
                                                  severity: nil, hint: "Give the signer's certificate with --trust FILE.")])
        case .processingFailed(let detail):
            return Verdict(status: .invalid, reason: "The signature could not be verified: \(detail).",
                           findings: [Explanation(rule: "SIG-INVALID", message: "The signature could not be verified: \(detail).", severity: nil, hint: nil)])
        case .verified:
            return Verdict(status: .valid, reason: "Verified.")
        }
    }
}

/// The keys named by a signature's KeyInfo certificates, decoded once.
struct KeyInfoCertificates {
    var certificateFingerprints: [Fingerprint] = []
    var keyFingerprints: [Fingerprint] = []
    /// How to verify with the signature's own key. When the KeyInfo holds exactly one certificate
    /// and nothing else that xmlsec's reader could take a key from, that certificate is the key,
    /// loaded directly; anything less plain is left to xmlsec's KeyInfo reader.
    var integrityKey: SignatureVerifier.Key = .keyInfo

    init(_ keyInfo: KeyInfo?) {
        var decoded: [[UInt8]] = []
        for certificate in keyInfo?.certificates ?? [] {
            guard case .success(let der) = Base64.decode(certificate.base64), let parsed = OwnedX509.fromDER(der) else { continue }
            decoded.append(der)
            certificateFingerprints.append(Fingerprint(sha256Of: der))
            keyFingerprints.append(Fingerprint(sha256Of: parsed.publicKeyDER))
        }
        if let keyInfo, keyInfo.keyValues.isEmpty, keyInfo.otherChildren.isEmpty,
           keyInfo.x509Data.count == 1, keyInfo.x509Data[0].otherChildren.isEmpty,
           let only = keyInfo.x509Data[0].certificates.first, keyInfo.x509Data[0].certificates.count == 1,
           !only.containsComment, decoded.count == 1 {
            integrityKey = .soleKeyInfoCertificate(decoded[0])
        }
    }
}
