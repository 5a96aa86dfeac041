internal import CLibXML2

/// The SAML signature profile's judgement of one signature and, when the profile allows it, the
/// verification under the policy: one procedure for the metadata document's signature, the
/// signatures deeper in an aggregate, and the signatures of protocol messages.
struct SignatureJudge {
    let policy: SignaturePolicy

    /// The profile's violations and, when it allowed verification, the verdict.
    struct Judgement {
        var violations: [SignatureProfile.Violation]
        /// The verification's verdict (after any refusal); nil when the profile stopped it.
        var verdict: TrustDecision.Verdict?
        /// The status and reason when the profile stopped verification.
        var status: SignatureSummary.Status = .invalid
        var reason: String = ""
        /// How to fix what stopped it (profile stops only).
        var hint: String?
    }

    func judge(_ signature: SignatureElement, signatureNode: xmlNodePtr, signedElementName: String, signedElementID: String?,
               idDeclarationCount: Int, verify: ((xmlNodePtr) -> TrustDecision.Verdict)? = nil) -> Judgement {
        var violations = SignatureProfile(policy: policy).evaluate(
            signature, signedElementName: signedElementName, signedElementID: signedElementID, idDeclarationCount: idDeclarationCount)
        if let blocking = violations.first(where: { $0.consequence == .blocksVerification }) {
            return Judgement(violations: violations, status: .invalid, reason: Self.profileStop(blocking), hint: Self.profileHint)
        }
        if let unsupported = violations.first(where: { $0.consequence == .cannotVerify }) {
            return Judgement(violations: violations, status: .notChecked, reason: "The signature was not checked: \(unsupported.message)")
        }
        var verdict: TrustDecision.Verdict
        if let verify {
            verdict = verify(signatureNode)
        } else {
            // The Reference must resolve, in the table xmlsec reads, to the element that holds the
            // signature. (A copy made for verification checks this in its own table.)
            if let id = signedElementID, signature.references.first?.uri == "#" + id, let signedElement = signatureNode.pointee.parent,
               let wrong = ReferenceTarget.explain(ReferenceTarget.bind(id: id, to: signedElement), id: id, signedElementName: signedElementName) {
                let violation = SignatureProfile.Violation(rule: SIGRefURIRoot.self, message: wrong, consequence: .blocksVerification)
                violations.append(violation)
                return Judgement(violations: violations, status: .invalid, reason: Self.profileStop(violation), hint: Self.profileHint)
            }
            verdict = TrustDecision(policy: policy).decide(node: signatureNode, keyInfo: signature.keyInfo)
        }
        if verdict.status == .valid || verdict.status == .untrusted,
           let refusal = violations.first(where: { $0.consequence == .refusesVerdict }) {
            verdict.status = .invalid
            verdict.reason = "Not accepted: \(refusal.message) The signature is otherwise intact."
            verdict.hint = "Ask the publisher to sign with rsa-sha256 (or ecdsa-sha256) and a sha256 digest, or give --allow-sha1 to accept it for now."
            verdict.keyInfoMismatch = nil
        }
        return Judgement(violations: violations, verdict: verdict)
    }

    /// The reason of a signature the profile stopped before verification.
    static func profileStop(_ violation: SignatureProfile.Violation) -> String {
        "Not verified, because the signature breaks the SAML signature profile (\(violation.rule.description.id)): \(violation.message)"
    }

    /// How to fix a signature the profile stopped.
    static let profileHint = "Sign under the SAML signature profile: one Reference to \"#\" + the signed element's (unique) ID, the enveloped-signature and exclusive C14N transforms only, RSA or ECDSA with SHA-256, no ds:Object, and no attribute written twice in two namespaces."
}
