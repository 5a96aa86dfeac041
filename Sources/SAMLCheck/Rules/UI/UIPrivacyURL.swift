/// UI-PRIVACYURL: SPs link their privacy statement.
struct UIPrivacyURL: Rule {
    static let description = RuleDescription(
        id: "UI-PRIVACYURL",
        title: "SPs have a PrivacyStatementURL",
        severity: .info,
        escalations: [.saml2int: .error, .incommon: .error],
        profiles: [.saml2int, .incommon, .refeds],
        citation: "S2I SDP-MD09; BE; COCO 5.1.1",
        rationale: "An SP receives personal data: saml2int, Baseline Expectations and the GÉANT Code of Conduct require it to link the statement that says what it does with them, which IdPs show on their consent pages.",
        hint: "Add <mdui:PrivacyStatementURL xml:lang=\"en\">https://…</mdui:PrivacyStatementURL> to the SPSSODescriptor's mdui:UIInfo.",
        examples: [
            .triggers(UIInfoExamples.sp([UIInfoExamples.displayName], marked: true), profiles: [.saml2int]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName, UIInfoExamples.privacyURL]), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where !role.hasUIInfoChild("PrivacyStatementURL") {
            context.report("The SPSSODescriptor has no mdui:PrivacyStatementURL.", at: role.position)
        }
    }
}
