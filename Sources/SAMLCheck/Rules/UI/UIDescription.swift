/// UI-DESCRIPTION: roles tell users what they are.
struct UIDescription: Rule {
    static let description = RuleDescription(
        id: "UI-DESCRIPTION",
        title: "IdP and SP roles have an mdui:Description",
        severity: .info,
        profiles: [.edugain, .refeds],
        citation: "EDUG-V (Description-missing warning); COCO 5.1.3",
        rationale: "The Description is the sentence discovery services and consent pages show under the name, telling users what the service is before they release their data to it. eduGAIN recommends one; the GÉANT Code of Conduct v2 requires an English Description of its SPs (an error for SPs that claim it).",
        hint: "Add <mdui:Description xml:lang=\"en\">One sentence on what the service does.</mdui:Description> to the role's mdui:UIInfo.",
        examples: [
            .triggers(UIInfoExamples.sp([UIInfoExamples.displayName], marked: true), profiles: [.edugain]),
            .passes(UIInfoExamples.sp([UIInfoExamples.displayName, UIInfoExamples.description]), profiles: [.edugain]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where (role.isIdentityProvider || role.isServiceProvider) && !role.hasUIInfoChild("Description") {
            let coco = EntityCategories.isCodeOfConductV2(role, of: entity)
            context.report("The \(role.kind.elementName) has no mdui:Description\(coco ? ", which the Code of Conduct v2 it claims requires" : "").",
                           at: role.position, severity: coco ? .error : nil)
        }
    }
}
