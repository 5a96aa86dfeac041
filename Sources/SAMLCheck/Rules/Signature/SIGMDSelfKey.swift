/// SIG-MD-SELF-KEY: metadata signed with a key it publishes itself.
struct SIGMDSelfKey: Rule {
    static let description = RuleDescription(
        id: "SIG-MD-SELF-KEY",
        title: "Metadata is not signed with its own published key",
        severity: .warning,
        profiles: [.saml2int],
        citation: "S2I SDP-MD02",
        rationale: "Metadata signed with a key that it also publishes (for instance an IdP signing its own metadata with its SAML signing key) is self-asserted: whoever can change the metadata can change the key that vouches for it, and a key change then depends on the metadata-signing key.",
        hint: "Sign metadata with a dedicated key distributed out of band (the federation's), not with a key listed in the metadata itself.",
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: SignedExamples.selfSignedIdP), profiles: [.saml2int]),
            .passes(SignedExamples.signedIdP, profiles: [.saml2int]),
        ])

    static var needsSignatureVerdict: Bool { true }

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard let signer = context.stageFacts.signerKey, let signature = document.rootSignature else { return }
        let status = context.stageFacts.signature.status
        guard status == .valid || status == .untrusted else { return }
        // The signing key is compared with the keys the root entity publishes; an aggregate's signer
        // is not expected among its members' keys.
        guard let entity = document.rootEntity else { return }
        for role in entity.roles {
            for key in role.keyDescriptors {
                let keys = (key.keyInfo?.certificates ?? []).compactMap { context.certificates.info(for: $0)?.keyFingerprint }
                if keys.contains(signer) {
                    context.report(
                        "The metadata is signed with the key the entity publishes in its \(role.kind.elementName) KeyDescriptor (line \(key.position.line)).",
                        at: signature.position)
                    return
                }
            }
        }
    }
}
