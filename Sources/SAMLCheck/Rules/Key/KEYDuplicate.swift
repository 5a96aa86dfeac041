/// KEY-DUPLICATE: the same key twice with the same use in one role.
struct KEYDuplicate: Rule {
    static let description = RuleDescription(
        id: "KEY-DUPLICATE",
        title: "Keys are listed once per use",
        severity: .info,
        profiles: [.ops],
        citation: "ERR E68",
        rationale: "Listing the same key twice for the same use is harmless but usually a copy-and-paste slip during a rollover: the new key may not have been published at all.",
        hint: "Remove the duplicate KeyDescriptor, and check that the intended new key is there.",
        examples: [
            .triggers(CertificateExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.good),
                CertificateExamples.keyDescriptor(CertificateExamples.good, markDescriptor: true))),
            .passes(CertificateExamples.idp(
                CertificateExamples.keyDescriptor(CertificateExamples.good),
                CertificateExamples.keyDescriptor(CertificateExamples.goodSecond))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            var seen: [String: SourcePosition] = [:]
            for key in role.keyDescriptors {
                for certificate in key.keyInfo?.certificates ?? [] {
                    guard let info = context.certificates.info(for: certificate) else { continue }
                    let identity = (key.use ?? "") + "|" + info.keyFingerprint.description
                    if let earlier = seen[identity] {
                        context.report("This key is already listed for the same use in the KeyDescriptor at line \(earlier.line).", at: key.position)
                    } else {
                        seen[identity] = key.position
                    }
                }
            }
        }
    }
}
