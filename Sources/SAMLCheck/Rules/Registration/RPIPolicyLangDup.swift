/// RPI-POLICY-LANG-DUP: one RegistrationPolicy / UsagePolicy per language.
struct RPIPolicyLangDup: Rule {
    static let description = RuleDescription(
        id: "RPI-POLICY-LANG-DUP",
        title: "One policy URL per language",
        severity: .error,
        profiles: [.coreExt],
        citation: "RPI §2.1.1, §2.2.1",
        rationale: "There MUST NOT be more than one RegistrationPolicy (or UsagePolicy) for a given language; which policy applies is otherwise undecidable.",
        hint: "Keep one RegistrationPolicy (UsagePolicy) per xml:lang.",
        examples: [
            .triggers(MDRPI.sp(MDRPI.registrationInfo(content: """
            <mdrpi:RegistrationPolicy xml:lang="en">https://www.northwind-federation.org/policy</mdrpi:RegistrationPolicy>
            ↓<mdrpi:RegistrationPolicy xml:lang="en">https://www.northwind-federation.org/policy-2024</mdrpi:RegistrationPolicy>
            """))),
            .passes(MDRPI.sp(MDRPI.registrationInfo(content: """
            <mdrpi:RegistrationPolicy xml:lang="en">https://www.northwind-federation.org/policy</mdrpi:RegistrationPolicy>
            <mdrpi:RegistrationPolicy xml:lang="de">https://www.northwind-federation.org/richtlinie</mdrpi:RegistrationPolicy>
            """))),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups { report(in: group.extensions, entity: nil, context: &context) }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        report(in: entity.extensions, entity: entity, context: &context)
    }

    private func report(in extensions: Extensions?, entity: EntityDescriptor?, context: inout RuleContext) {
        guard let extensions else { return }
        for (container, policy) in [("RegistrationInfo", "RegistrationPolicy"), ("PublicationInfo", "UsagePolicy")] {
            for info in extensions.elements(XMLNamespace.mdrpi, container) {
                let policies = info.children(XMLNamespace.mdrpi, policy)
                for (duplicate, language) in LanguageDuplicates.repeated(policies, language: \.language) {
                    context.report("A second mdrpi:\(policy) in xml:lang \"\(language)\".", at: duplicate.position, entity: entity)
                }
            }
        }
    }
}
