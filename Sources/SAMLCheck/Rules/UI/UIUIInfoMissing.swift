/// UI-UIINFO-MISSING: IdP and SP roles describe themselves with mdui:UIInfo.
struct UIUIInfoMissing: Rule {
    static let description = RuleDescription(
        id: "UI-UIINFO-MISSING",
        title: "IdP and SP roles have mdui:UIInfo",
        severity: .info,
        escalations: [.saml2int: .warning, .edugain: .warning, .incommon: .warning],
        profiles: [.saml2int, .edugain, .incommon],
        citation: "S2I SDP-MD09; EDUG-V warning 13; BE",
        rationale: "Discovery services and consent pages show the UIInfo's name, logo and description; without it they fall back to Organization names or the bare entityID, and users cannot tell which service or institution they are choosing.",
        hint: "Add <mdui:UIInfo> with at least a DisplayName (and Description, Logo, InformationURL, PrivacyStatementURL) to the role's md:Extensions.",
        // One cause, one finding: without a UIInfo, the missing DisplayName, logo and URLs are this.
        supersedes: [UIDisplayName.self, UILogo.self, UIPrivacyURL.self, UIInfoURL.self, UIDescription.self, FEDBaselineUI.self],
        examples: [
            .triggers(UIInfoExamples.sp(nil, marked: true), profiles: [.saml2int]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName]), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where (role.isIdentityProvider || role.isServiceProvider) && role.uiInfos.isEmpty {
            context.report("The \(role.kind.elementName) has no mdui:UIInfo.", at: role.position)
        }
    }
}
