/// UI-LOGO: IdP and SP roles have an mdui:Logo.
struct UILogo: Rule {
    static let description = RuleDescription(
        id: "UI-LOGO",
        title: "IdP and SP roles have a logo",
        severity: .info,
        escalations: [.saml2int: .warning],
        profiles: [.saml2int, .edugain],
        citation: "S2I SDP-MD09; EDUG-V warning 11",
        rationale: "saml2int requires a logo: discovery services show institutions by logo, and users find theirs faster by picture than by name.",
        hint: "Add <mdui:Logo height=\"…\" width=\"…\">https://…</mdui:Logo> to the role's mdui:UIInfo.",
        examples: [
            .triggers(UIInfoExamples.sp([UIInfoExamples.displayName], marked: true), profiles: [.saml2int]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName, UIInfoExamples.logo]), profiles: [.saml2int]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where (role.isIdentityProvider || role.isServiceProvider) && !role.hasUIInfoChild("Logo") {
            context.report("The \(role.kind.elementName) has no mdui:Logo.", at: role.position)
        }
    }
}
