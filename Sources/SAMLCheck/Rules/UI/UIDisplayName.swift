/// UI-DISPLAYNAME: IdP and SP roles have an mdui:DisplayName.
struct UIDisplayName: Rule {
    static let description = RuleDescription(
        id: "UI-DISPLAYNAME",
        title: "IdP and SP roles have a DisplayName",
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.saml2int, .refeds, .edugain],
        citation: "S2I SDP-MD09; RS §4.3; EDUG-V warning 10; UKF check_rands_member.xsl",
        rationale: "The DisplayName is what discovery services list and consent pages name; without it users see an entityID. saml2int and Research and Scholarship require it, eduGAIN warns.",
        hint: "Add <mdui:DisplayName xml:lang=\"en\">…</mdui:DisplayName> to the role's mdui:UIInfo.",
        examples: [
            .triggers(UIInfoExamples.sp([UIInfoExamples.informationURL], marked: true), profiles: [.saml2int]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName]), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where (role.isIdentityProvider || role.isServiceProvider) && !role.hasUIInfoChild("DisplayName") {
            context.report("The \(role.kind.elementName) has no mdui:DisplayName.", at: role.position)
        }
    }
}
