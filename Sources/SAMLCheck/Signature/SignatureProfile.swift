/// The SAML XML-Signature profile (SAML core §5.4, metadata §3.1, OpenSAML's
/// SAMLSignatureProfileValidator) applied to one signature's structure. Pure: it reads the model.
struct SignatureProfile {
    /// One way a signature departs from the profile.
    struct Violation: Sendable, Hashable {
        var rule: String
        var message: String
        /// Severity of this case when it differs from the rule's default.
        var severity: Severity?
        /// The signature must not be trusted, so cryptographic verification is skipped.
        var blocksVerification: Bool
        /// The signature must not be trusted, but verifying it still tells the user something
        /// (a disallowed but otherwise sound algorithm).
        var refusesVerdict: Bool = false
    }

    let policy: SignaturePolicy

    /// Checks `signature`, which is a child of the element whose ID is `signedElementID` (nil when
    /// it has none). `idDeclarationCount` is how many times that ID value is declared in the document.
    func evaluate(_ signature: SignatureElement, signedElementName: String, signedElementID: String?,
                  idDeclarationCount: Int) -> [Violation] {
        var violations: [Violation] = []
        func add(_ rule: String, _ message: String, severity: Severity? = nil, blocks: Bool, refuses: Bool = false) {
            violations.append(Violation(rule: rule, message: message, severity: severity, blocksVerification: blocks, refusesVerdict: refuses))
        }

        guard signature.hasSignedInfo else {
            add("SIG-INVALID", "The ds:Signature has no SignedInfo, so there is nothing to verify.", blocks: true)
            return violations
        }
        if signedElementID == nil {
            add("SIG-ID-MISSING", "The signed \(signedElementName) has no ID attribute, so the signature cannot reference it by ID.",
                blocks: false)
        }
        if signature.references.count != 1 {
            add("SIG-REF-COUNT", "SignedInfo has \(signature.references.count) References; the SAML profile requires exactly one.",
                blocks: true)
        }
        if signature.objectCount > 0 {
            add("SIG-OBJECT", "The signature contains \(signature.objectCount) ds:Object element\(signature.objectCount == 1 ? "" : "s"), which can carry unsigned data.",
                blocks: true)
        }
        if let reference = signature.references.first, signature.references.count == 1 {
            evaluateReference(reference, signedElementName: signedElementName, signedElementID: signedElementID,
                              idDeclarationCount: idDeclarationCount, signature: signature, add: add)
        }
        switch SignatureAlgorithms.canonicalization(signature.canonicalizationAlgorithm) {
        case .exclusive:
            break
        case .inclusive:
            add("SIG-C14N-NOT-EXCLUSIVE", "CanonicalizationMethod is inclusive C14N (\(signature.canonicalizationAlgorithm!)); exclusive C14N is expected.",
                blocks: false)
        case .other:
            add("SIG-ALG-UNKNOWN", "CanonicalizationMethod \(signature.canonicalizationAlgorithm ?? "(none)") is not a canonicalization samlcheck accepts.",
                blocks: true)
        }
        let method = SignatureAlgorithms.signatureMethod(signature.signatureAlgorithm)
        evaluateAlgorithm(method, kind: "SignatureMethod", sha1Rule: "SIG-ALG-SHA1", add: add)
        for reference in signature.references {
            let digest = SignatureAlgorithms.digestMethod(reference.digestAlgorithm)
            evaluateAlgorithm(digest, kind: "DigestMethod", sha1Rule: "SIG-DIGEST-SHA1", add: add)
        }
        return violations
    }

    private func evaluateReference(_ reference: SignatureReference, signedElementName: String, signedElementID: String?,
                                   idDeclarationCount: Int, signature: SignatureElement,
                                   add: (String, String, Severity?, Bool, Bool) -> Void) {
        switch reference.uri {
        case nil:
            add("SIG-REF-URI-ROOT", "The Reference has no URI attribute; it must be \"#\" followed by the \(signedElementName)'s ID.", nil, true, false)
        case ""?:
            add("SIG-REF-URI-EMPTY", "The Reference URI is empty (the whole document); the profile asks for \"#\" + the ID of the signed element.", nil, false, false)
        case let uri?:
            if let signedElementID, uri == "#" + signedElementID {
                if idDeclarationCount > 1 {
                    add("SIG-REF-URI-ROOT", "The Reference points at ID '\(signedElementID)', which is declared \(idDeclarationCount) times in the document: what it covers is ambiguous (signature wrapping).",
                        nil, true, false)
                }
            } else if uri.hasPrefix("#"), signature.objectIDs.contains(String(uri.dropFirst())) || signature.id.map({ uri == "#" + $0 }) == true {
                add("SIG-NOT-ENVELOPED", "The Reference points into the signature itself (\(uri)): the signature is enveloping, not enveloped.", nil, true, false)
            } else if uri.hasPrefix("#") {
                let expected = signedElementID.map { "\"#\($0)\"" } ?? "an ID the \(signedElementName) does not have"
                add("SIG-REF-URI-ROOT", "The Reference URI is \"\(uri)\", not \(expected): the signature does not cover the element that contains it.",
                    nil, true, false)
            } else {
                add("SIG-REF-URI-ROOT", "The Reference URI \"\(uri)\" points outside the document; only \"#\" + the signed element's ID is allowed.",
                    nil, true, false)
            }
        }
        let transforms = reference.transforms
        if transforms.count > 2 {
            add("SIG-TRANSFORM-COUNT", "The Reference has \(transforms.count) transforms; at most two (enveloped-signature and exclusive C14N) are allowed.", nil, true, false)
        }
        for transform in transforms where !SignatureAlgorithms.allowedTransforms.contains(transform ?? "") {
            add("SIG-TRANSFORM-DISALLOWED", "The Reference uses the transform \(transform ?? "(no Algorithm)"); only enveloped-signature and exclusive C14N are allowed.", nil, true, false)
        }
        if !transforms.contains(SignatureAlgorithms.envelopedSignature) {
            add("SIG-TRANSFORM-ENVELOPED-MISSING", "The Reference lacks the enveloped-signature transform.", nil, true, false)
        }
    }

    private func evaluateAlgorithm(_ algorithm: (grade: SignatureAlgorithms.Grade, name: String), kind: String, sha1Rule: String,
                                   add: (String, String, Severity?, Bool, Bool) -> Void) {
        switch algorithm.grade {
        case .accepted:
            break
        case .sha1:
            if policy.allowSHA1 {
                add(sha1Rule, "\(kind) is \(algorithm.name); SHA-1 is deprecated (accepted because SHA-1 is allowed).", .warning, false, false)
            } else {
                add(sha1Rule, "\(kind) is \(algorithm.name); SHA-1 is not accepted (allow it with --allow-sha1).", .error, false, true)
            }
        case .md5:
            add("SIG-ALG-MD5", "\(kind) is \(algorithm.name); MD5 is broken and never accepted.", nil, true, false)
        case .dsa:
            add("SIG-ALG-DSA", "\(kind) is \(algorithm.name); DSA signatures are not accepted.", .error, true, false)
        case .unsupported:
            add("SIG-ALG-UNKNOWN", "\(kind) \(algorithm.name) cannot be verified by this xmlsec build.", nil, true, false)
        case .unknown:
            add("SIG-ALG-UNKNOWN", "\(kind) \(algorithm.name) is not a recognised algorithm.", nil, true, false)
        }
    }
}
