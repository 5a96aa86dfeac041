/// FED-BASELINE-UI: InCommon Baseline Expectations' user-interface elements.
struct FEDBaselineUI: Rule {
    static let description = RuleDescription(
        id: "FED-BASELINE-UI",
        title: "Baseline display name and privacy statement",
        severity: .warning,
        escalations: [.incommon: .warning],
        profiles: [.incommon],
        citation: "BE",
        rationale: "InCommon's Baseline Expectations require IdPs and SPs to publish an mdui:DisplayName users recognise them by, and SPs a privacy statement (mdui:PrivacyStatementURL) saying what they do with the attributes they receive; IdPs are also asked for an errorURL users are sent to when login fails.",
        hint: "Add the missing elements to the role's mdui:UIInfo (and an errorURL attribute on an IDPSSODescriptor).",
        examples: [
            .triggers(UIInfoExamples.sp([UIInfoExamples.displayName], marked: true), profiles: [.incommon]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName, UIInfoExamples.privacyURL]), profiles: [.incommon]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where role.isIdentityProvider || role.isServiceProvider {
            var missing: [String] = []
            if !role.hasUIInfoChild("DisplayName") { missing.append("mdui:DisplayName") }
            if role.isServiceProvider && !role.hasUIInfoChild("PrivacyStatementURL") { missing.append("mdui:PrivacyStatementURL") }
            guard !missing.isEmpty else { continue }
            context.report("The \(role.kind.elementName) has no \(missing.joined(separator: " or ")), which Baseline Expectations require.", at: role.position)
        }
    }
}
