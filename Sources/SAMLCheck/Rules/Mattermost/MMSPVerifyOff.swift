/// MM-SP-VERIFY-OFF: Mattermost checks the IdP's signatures.
struct MMSPVerifyOff: Rule {
    static let description = RuleDescription(
        id: "MM-SP-VERIFY-OFF",
        title: "Mattermost verifies assertion signatures",
        severity: .warning,
        profiles: [.mattermost],
        citation: "mattermost.md §2.2 (WantAssertionsSigned = Verify), §2.3, §6 (Keycloak guide), §7 D3",
        rationale: "Mattermost writes WantAssertionsSigned=\"false\" when Verify Signature is off: it then accepts any response that looks right, so anyone who can post to the ACS can log in as any user. Some IdP guides recommend it to get past a signature error.",
        hint: "Turn Verify Signature on and fix the IdP certificate instead (see MM-IDP-CERTIFICATE).",
        examples: [
            .triggers(MattermostScenarios.spMetadata(wantAssertionsSigned: "false").replacingFirst("<SPSSODescriptor", with: "↓<SPSSODescriptor")),
            .passes(MattermostScenarios.spMetadata()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where role.wantAssertionsSigned?.value == false {
            context.report("WantAssertionsSigned=\"\(role.wantAssertionsSigned?.lexical ?? "false")\": Mattermost's Verify Signature is off, so forged responses are accepted.",
                           at: role.position)
        }
    }
}
