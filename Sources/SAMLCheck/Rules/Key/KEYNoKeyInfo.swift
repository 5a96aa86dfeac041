/// KEY-NO-KEYINFO: KeyDescriptor without ds:KeyInfo.
struct KEYNoKeyInfo: Rule {
    static let description = RuleDescription(
        id: "KEY-NO-KEYINFO",
        title: "KeyDescriptors hold a KeyInfo",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.1.1",
        rationale: "ds:KeyInfo is required in a KeyDescriptor: without it the descriptor publishes no key at all.",
        hint: "Put the certificate in <ds:KeyInfo><ds:X509Data><ds:X509Certificate>…, or remove the empty KeyDescriptor.",
        examples: [
            .triggers(ExampleMetadata.idp(#"↓<md:KeyDescriptor use="signing"/>"# + "\n" + ExampleMetadata.redirectSSO)),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) + (entity.affiliation?.keyDescriptors ?? []) where key.keyInfo == nil {
            context.report("The KeyDescriptor has no ds:KeyInfo, so it publishes no key.", at: key.position)
        }
    }
}
