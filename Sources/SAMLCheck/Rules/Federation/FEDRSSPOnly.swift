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
        for attribute in (entity.extensions?.elements(XMLNamespace.mdattr, "EntityAttributes") ?? []).flatMap({ $0.children(XMLNamespace.assertion, "Attribute") }) {
            let name = attribute.attribute("Name")?.trimmingWhitespace()
            for value in attribute.children(XMLNamespace.assertion, "AttributeValue") where value.text.trimmingWhitespace() == Self.researchAndScholarship {
                if name == Self.category, entity.serviceProviders.isEmpty {
                    context.report("The entity claims the Research and Scholarship category but is not an SP (it has no SPSSODescriptor).", at: value.position)
                } else if name == Self.support, entity.identityProviders.isEmpty {
                    context.report("The entity claims to support Research and Scholarship but is not an IdP (it has no IDPSSODescriptor).", at: value.position)
                }
            }
        }
    }
}
