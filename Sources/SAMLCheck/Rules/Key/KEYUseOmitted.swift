/// KEY-USE-OMITTED: a KeyDescriptor without use serves both purposes.
struct KEYUseOmitted: Rule {
    static let description = RuleDescription(
        id: "KEY-USE-OMITTED",
        title: "KeyDescriptor use is stated",
        severity: .info,
        profiles: [.core],
        citation: "ERR E62; IIP IIP-MD11",
        rationale: "A KeyDescriptor without use is a key for signing (including TLS) and for encryption alike. That is legal; this says so, because peers will encrypt to it and trust signatures made with it.",
        hint: "Add use=\"signing\" or use=\"encryption\" if the key serves only one purpose.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: nil, markDescriptor: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for key in role.keyDescriptors where key.use == nil {
                context.report("The \(role.kind.elementName) KeyDescriptor has no use, so the key serves signing and encryption.", at: key.position)
            }
        }
    }
}
