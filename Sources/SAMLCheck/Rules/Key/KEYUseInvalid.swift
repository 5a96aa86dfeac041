/// KEY-USE-INVALID: use is signing or encryption.
struct KEYUseInvalid: Rule {
    static let description = RuleDescription(
        id: "KEY-USE-INVALID",
        title: "KeyDescriptor use is signing or encryption",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.1.1",
        rationale: "use is an enumeration of signing and encryption; any other value is invalid, and products either reject the metadata or ignore the key.",
        hint: "Set use=\"signing\" or use=\"encryption\" (lower case), or omit it for a key that does both.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "Signing", markDescriptor: true))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) + (entity.affiliation?.keyDescriptors ?? []) {
            guard let use = key.use, key.knownUse == nil || use != use.trimmingWhitespace() else { continue }
            context.report("The KeyDescriptor has use=\"\(use)\"; only \"signing\" and \"encryption\" are allowed.", at: key.position)
        }
    }
}
