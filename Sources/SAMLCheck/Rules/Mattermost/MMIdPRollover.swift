/// MM-IDP-ROLLOVER: Mattermost keeps one IdP certificate; several are published.
struct MMIdPRollover: Rule {
    static let description = RuleDescription(
        id: "MM-IDP-ROLLOVER",
        title: "Mattermost follows the IdP's key rollover",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §4 F2, F12, §6 (Entra ID, ADFS), §7 D5",
        rationale: "The IdP publishes several signing certificates during a rollover (Entra ID and ADFS do it automatically). Mattermost keeps a single IdP certificate, so logins fail the day the IdP switches keys unless the new certificate is uploaded in time.",
        hint: "Note which certificate the IdP signs with now and when it switches; upload the new one as soon as the IdP starts using it.",
        examples: [
            .triggers(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good, markDescriptor: true),
                                              CertificateExamples.keyDescriptor(CertificateExamples.goodSecond))),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let role = entity.identityProviders.first else { return }
        let signing = role.keyDescriptors.filter { $0.isUsableForSigning && !($0.keyInfo?.certificates.isEmpty ?? true) }
        guard signing.count > 1 else { return }
        context.report("The IdP publishes \(signing.count) signing certificates (a rollover); Mattermost trusts exactly one of them at a time.",
                       at: signing[0].position)
    }
}
