/// FED-RS-SP-ONLY: the R&S category is on SPs, R&S support on IdPs.
struct FEDRSSPOnly: Rule {
    static let category = "http://macedir.org/entity-category"
    static let support = "http://macedir.org/entity-category-support"
    static let researchAndScholarship = "http://refeds.org/category/research-and-scholarship"

    static let description = RuleDescription(
        id: "FED-RS-SP-ONLY",
        title: "R&S is claimed by SPs, supported by IdPs",
        severity: .error,
        profiles: [.refeds],
        citation: "UKF check_rands_member.xsl, check_rands_support.xsl",
        rationale: "The Research and Scholarship entity category describes a service: IdPs release attributes to SPs that carry it. On an entity without an SPSSODescriptor it means nothing; the matching statement for an IdP is R&S support (entity-category-support), which on an entity without an IDPSSODescriptor means nothing either. Registrars reject both.",
        hint: "On an IdP, use the entity-category-support attribute for R&S; on an SP, the entity-category attribute.",
        examples: [
            .triggers(MDRPI.sp(MDAttr.entityAttributes(name: support, values: ["↓" + researchAndScholarship])), profiles: [.refeds],
                      note: "An SP claiming to support R&S, which only IdPs can."),
            .passes(MDRPI.sp(MDAttr.entityAttributes(name: category, values: [researchAndScholarship])), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        func claims(_ name: String) -> [ElementValue] {
            (entity.extensions?.entityAttributeValues(named: name) ?? []).filter { $0.text.trimmingWhitespace() == Self.researchAndScholarship }
        }
        if entity.serviceProviders.isEmpty {
            for value in claims(Self.category) {
                context.report("The entity claims the Research and Scholarship category but is not an SP (it has no SPSSODescriptor).", at: value.position)
            }
        }
        if entity.identityProviders.isEmpty {
            for value in claims(Self.support) {
                context.report("The entity claims to support Research and Scholarship but is not an IdP (it has no IDPSSODescriptor).", at: value.position)
            }
        }
    }
}
