/// KEY-ROLLOVER-NONE: an IdP or attribute authority with a single signing key.
struct KEYRolloverNone: Rule {
    static let description = RuleDescription(
        id: "KEY-ROLLOVER-NONE",
        title: "A successor signing key can be pre-published",
        severity: .info,
        profiles: [.ops],
        citation: "IOP §2.5 (key rollover); S2I SDP-SP37, SDP-IDP32",
        rationale: "With exactly one signing key, changing it is a flag day: every SP must pick up new metadata at the same moment. Metadata can carry the next key alongside the current one so that the switch is seamless.",
        hint: "Before changing the key, publish the new certificate as a second signing KeyDescriptor and wait for metadata to propagate.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good)),
                      note: "Reported on the IDPSSODescriptor."),
            .passes(CertificateExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.good),
                CertificateExamples.keyDescriptor(CertificateExamples.goodSecond))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where role.kind == .identityProvider || role.kind == .attributeAuthority {
            let signing = Set(role.keyDescriptors.filter(\.isUsableForSigning).flatMap { key in
                (key.keyInfo?.certificates ?? []).compactMap { context.certificates.info(for: $0)?.keyFingerprint }
            })
            if signing.count == 1 {
                context.report("The \(role.kind.elementName) has exactly one signing key; changing it will be a flag day.", at: role.position)
            }
        }
    }
}
