/// FED-EDUGAIN-SIGNER-RSA: a federation feed is signed with an RSA key of at least 2048 bits.
struct FEDEduGAINSignerRSA: Rule {
    static let minimumBits = 2048

    static let description = RuleDescription(
        id: "FED-EDUGAIN-SIGNER-RSA",
        title: "Feeds are signed with RSA keys of 2048 bits or more",
        severity: .error,
        escalations: [.edugain: .error],
        profiles: [.edugain],
        citation: "EDUG-P",
        rationale: "Every federation in eduGAIN and every consumer of its aggregate verifies feeds with the signer's key; eduGAIN requires that key to be RSA of at least 2048 bits, so that all consumers can verify it and no one can forge it. A feed signed otherwise is refused at upload.",
        hint: "Sign the feed with an RSA key of 2048 bits or more (3072 or 4096 for a new key), and publish the new certificate to your consumers before switching.",
        examples: [
            .triggers(SignedExamples.marking("<ds:Signature>", in: FeedSignedExamples.rsa1024Feed), profiles: [.edugain],
                      trust: [FeedSignedExamples.rsa1024Certificate]),
            .passes(FeedSignedExamples.rsa2048Feed, profiles: [.edugain], trust: [FeedSignedExamples.rsa2048Certificate]),
        ])

    static var needsSignatureVerdict: Bool { true }

    func check(document: MetadataDocument, context: inout RuleContext) {
        // Only a feed (an EntitiesDescriptor) is uploaded to eduGAIN, and only a key that verified
        // the signature is known; an unverified signature is the verdict's finding.
        guard case .entitiesDescriptor = document.root, let signature = document.rootSignature, let key = context.stageFacts.verifyingKey else { return }
        let status = context.stageFacts.signature.status
        guard status == .valid || status == .untrusted else { return }
        if key.type != "RSA" {
            context.report("The feed is signed with \(key.type.isEmpty ? "a non-RSA" : "an \(key.type)") key of \(key.bits) bits; eduGAIN requires RSA of at least \(Self.minimumBits) bits.",
                           at: signature.position)
        } else if key.bits < Self.minimumBits {
            context.report("The feed is signed with an RSA key of \(key.bits) bits; eduGAIN requires at least \(Self.minimumBits).", at: signature.position)
        }
    }
}
