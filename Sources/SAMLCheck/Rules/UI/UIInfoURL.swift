/// UI-INFOURL: SPs link a page about the service.
struct UIInfoURL: Rule {
    static let description = RuleDescription(
        id: "UI-INFOURL",
        title: "SPs have an InformationURL",
        severity: .info,
        profiles: [.refeds],
        citation: "RS §4.3; UKF check_rands_member.xsl",
        rationale: "IdP operators decide what to release to an SP from what it says about itself; the InformationURL is where they read it. Research and Scholarship requires it.",
        hint: "Add <mdui:InformationURL xml:lang=\"en\">https://…</mdui:InformationURL> to the SPSSODescriptor's mdui:UIInfo.",
        examples: [
            .triggers(UIInfoExamples.sp([UIInfoExamples.displayName], marked: true), profiles: [.refeds]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName, UIInfoExamples.informationURL]), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders where !role.hasUIInfoChild("InformationURL") {
            context.report("The SPSSODescriptor has no mdui:InformationURL.", at: role.position)
        }
    }
}
