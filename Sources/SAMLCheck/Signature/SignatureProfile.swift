/// The SAML XML-Signature profile (SAML core §5.4, metadata §3.1, OpenSAML's
/// SAMLSignatureProfileValidator) applied to one signature's structure, as xmlsec will read it.
/// Pure: it reads the model.
struct SignatureProfile {
    /// What a departure from the profile does to the verdict.
    enum Consequence: Sendable, Hashable {
        /// Reported; verification goes on and decides.
        case noted
        /// The signature is verified (the report says whether it is otherwise intact) but never
        /// accepted: a disallowed yet sound algorithm (SHA-1 without --allow-sha1).
        case refusesVerdict
        /// The signature must not be trusted and is not verified at all: status `invalid`.
        case blocksVerification
        /// The signature uses a known algorithm this xmlsec build cannot verify: status `not-checked`.
        case cannotVerify
    }

    /// One way a signature departs from the profile.
    struct Violation {
        var rule: any Rule.Type
        var message: String
        var consequence: Consequence
    }

    let policy: SignaturePolicy

    /// Checks `signature`, which is a child of the element whose ID is `signedElementID` (nil when
    /// it has none). `idDeclarationCount` is how many times that ID value is declared in the document.
    func evaluate(_ signature: SignatureElement, signedElementName: String, signedElementID: String?,
                  idDeclarationCount: Int) -> [Violation] {
        var violations: [Violation] = []
        func add(_ rule: any Rule.Type, _ message: String, _ consequence: Consequence) {
            violations.append(Violation(rule: rule, message: message, consequence: consequence))
        }

        guard signature.hasSignedInfo else {
            add(SIGInvalid.self, "The ds:Signature has no SignedInfo, so there is nothing to verify.", .blocksVerification)
            return violations
        }
        for ambiguity in signature.ambiguousAttributes {
            let (rule, message) = Self.explain(ambiguity)
            add(rule, message, .blocksVerification)
        }
        if signedElementID == nil {
            let reference = signature.references.count == 1 && signature.references[0].uri == ""
                ? " (its Reference URI is empty, which signs the whole document)" : ""
            add(SIGIDMissing.self, "The signed \(signedElementName) has no ID attribute, so the signature cannot reference it by ID\(reference).", .noted)
        }
        if signature.references.count != 1 {
            add(SIGRefCount.self, "SignedInfo has \(signature.references.count) References; the SAML profile requires exactly one.",
                .blocksVerification)
        }
        if signature.objectCount > 0 {
            add(SIGObject.self, "The signature contains \(signature.objectCount) ds:Object element\(signature.objectCount == 1 ? "" : "s"), which can carry unsigned data.",
                .blocksVerification)
        }
        if let reference = signature.references.first, signature.references.count == 1 {
            evaluateReference(reference, signedElementName: signedElementName, signedElementID: signedElementID,
                              idDeclarationCount: idDeclarationCount, signature: signature, add: add)
        }
        switch SignatureAlgorithms.canonicalization(signature.canonicalizationAlgorithm) {
        case .exclusive:
            break
        case .inclusive:
            add(SIGC14NNotExclusive.self, "CanonicalizationMethod is inclusive C14N (\(signature.canonicalizationAlgorithm!)); exclusive C14N is expected.",
                .noted)
        case .other:
            add(SIGAlgUnknown.self, "CanonicalizationMethod \(signature.canonicalizationAlgorithm ?? "(none)") is not a canonicalization samlcheck accepts.",
                .blocksVerification)
        }
        let method = SignatureAlgorithms.signatureMethod(signature.signatureAlgorithm)
        evaluateAlgorithm(method, kind: "SignatureMethod", sha1Rule: SIGAlgSHA1.self, add: add)
        for reference in signature.references {
            let digest = SignatureAlgorithms.digestMethod(reference.digestAlgorithm)
            evaluateAlgorithm(digest, kind: "DigestMethod", sha1Rule: SIGDigestSHA1.self, add: add)
        }
        return violations
    }

    /// The rule and sentence for an attribute xmlsec and a namespace-aware reader could read
    /// differently: the rule of what the attribute decides (what is signed, or how).
    private static func explain(_ ambiguity: AmbiguousAttribute) -> (any Rule.Type, String) {
        let what = "The ds:\(ambiguity.element) carries two \(ambiguity.attribute) attributes in different namespaces; xmlsec uses the first whatever its namespace, so"
        switch (ambiguity.element, ambiguity.attribute) {
        case ("Reference", "URI"):
            return (SIGRefURIRoot.self, "\(what) what it digests need not be what the document appears to sign (signature wrapping)..")
        case ("Transform", "Algorithm"):
            return (SIGTransformDisallowed.self, "\(what) which transform runs is ambiguous..")
        case (_, "Algorithm"):
            return (SIGAlgUnknown.self, "\(what) which algorithm is verified is ambiguous..")
        default:
            return (SIGInvalid.self, "\(what) the signature can be read two ways..")
        }
    }

    private func evaluateReference(_ reference: SignatureReference, signedElementName: String, signedElementID: String?,
                                   idDeclarationCount: Int, signature: SignatureElement,
                                   add: (any Rule.Type, String, Consequence) -> Void) {
        switch reference.uri {
        case nil:
            add(SIGRefURIRoot.self, "The Reference has no URI attribute; it must be \"#\" followed by the \(signedElementName)'s ID.", .blocksVerification)
        case ""?:
            add(SIGRefURIEmpty.self, "The Reference URI is empty (the whole document); the profile asks for \"#\" + the ID of the signed element.", .noted)
        case let uri?:
            if let signedElementID, uri == "#" + signedElementID {
                if idDeclarationCount > 1 {
                    add(SIGRefURIRoot.self, "The Reference points at ID '\(signedElementID)', which is declared \(idDeclarationCount) times in the document: what it covers is ambiguous (signature wrapping).",
                        .blocksVerification)
                }
            } else if uri.hasPrefix("#"), signature.objectIDs.contains(String(uri.dropFirst())) || signature.id.map({ uri == "#" + $0 }) == true {
                add(SIGNotEnveloped.self, "The Reference points into the signature itself (\(uri)): the signature is enveloping, not enveloped.", .blocksVerification)
            } else if uri.hasPrefix("#"), let signedElementID {
                add(SIGRefURIRoot.self, "The Reference URI is \"\(uri)\", not \"#\(signedElementID)\": the signature does not cover the \(signedElementName) that contains it.",
                    .blocksVerification)
            } else if uri.hasPrefix("#") {
                add(SIGRefURIRoot.self, "The Reference URI is \"\(uri)\", but the \(signedElementName) that contains the signature has no ID, so the Reference points at some other element.",
                    .blocksVerification)
            } else {
                add(SIGRefURIRoot.self, "The Reference URI \"\(uri)\" points outside the document; only \"#\" + the signed element's ID is allowed.",
                    .blocksVerification)
            }
        }
        let transforms = reference.transforms
        if transforms.count > 2 {
            add(SIGTransformCount.self, "The Reference has \(transforms.count) transforms; at most two (enveloped-signature and exclusive C14N) are allowed.", .blocksVerification)
        }
        for transform in transforms where !SignatureAlgorithms.allowedTransforms.contains(transform ?? "") {
            add(SIGTransformDisallowed.self, "The Reference uses the transform \(transform ?? "(no Algorithm)"); only enveloped-signature and exclusive C14N are allowed.", .blocksVerification)
        }
        if !transforms.contains(SignatureAlgorithms.envelopedSignature) {
            add(SIGTransformEnvelopedMissing.self, "The Reference lacks the enveloped-signature transform.", .blocksVerification)
        }
    }

    private func evaluateAlgorithm(_ algorithm: (grade: SignatureAlgorithms.Grade, name: String), kind: String, sha1Rule: any Rule.Type,
                                   add: (any Rule.Type, String, Consequence) -> Void) {
        switch algorithm.grade {
        case .accepted:
            break
        case .sha1:
            if policy.allowSHA1 {
                add(sha1Rule, "\(kind) is \(algorithm.name); SHA-1 is deprecated (accepted because SHA-1 is allowed).", .noted)
            } else {
                add(sha1Rule, "\(kind) is \(algorithm.name); samlcheck does not accept SHA-1 signatures unless --allow-sha1 is given.", .refusesVerdict)
            }
        case .md5:
            add(SIGAlgMD5.self, "\(kind) is \(algorithm.name); MD5 is broken and never accepted.", .blocksVerification)
        case .dsa:
            add(SIGAlgDSA.self, "\(kind) is \(algorithm.name); DSA signatures are not accepted.", .blocksVerification)
        case .hmac:
            add(SIGAlgUnknown.self, "\(kind) is \(algorithm.name), a shared-secret MAC, not a public-key signature: anyone who has the key material can make one, so it is never accepted for metadata.",
                .blocksVerification)
        case .unsupported:
            add(SIGAlgUnknown.self, "\(kind) is \(algorithm.name), a known algorithm (RFC 6931) that this xmlsec build (\(XMLSec.versionDescription)) cannot verify.",
                .cannotVerify)
        case .unknown:
            add(SIGAlgUnknown.self, "\(kind) \(algorithm.name) is not a recognised algorithm.", .blocksVerification)
        }
    }
}
