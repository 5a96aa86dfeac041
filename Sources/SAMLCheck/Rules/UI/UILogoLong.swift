/// UI-LOGO-LONG: very long inline logos.
struct UILogoLong: Rule {
    /// Longer than this (characters) counts as bloating an aggregate.
    static let limit = 8_192

    static let description = RuleDescription(
        id: "UI-LOGO-LONG",
        title: "Inline logos are small",
        severity: .info,
        profiles: [.ops],
        citation: "UKF check_mdui_logo_length.xsl; S2I SDP-MD10",
        rationale: "data: logos are allowed (saml2int exempts them from its 256-character limit), but every byte is repeated in every copy of every aggregate and re-parsed by every consumer.",
        hint: "Publish the logo at an https URL, or shrink the inline image (a small PNG or SVG).",
        examples: [
            .triggers(MDUI.sp(MDUI.uiInfo(#"↓<mdui:Logo height="16" width="16">data:image/png;base64,\#(String(repeating: "A", count: 9_000))</mdui:Logo>"#))),
            .passes(MDUI.sp(MDUI.uiInfo(#"<mdui:Logo height="16" width="16">data:image/png;base64,iVBORw0KGgo=</mdui:Logo>"#))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for logo in MDUI.elements("Logo", in: entity) {
            let length = logo.text.utf8.count
            if length > Self.limit {
                context.report("The logo is \(length) characters long, inline in the metadata.", at: logo.position)
            }
        }
    }
}
