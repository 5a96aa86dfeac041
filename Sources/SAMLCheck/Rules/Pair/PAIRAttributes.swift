/// PAIR-ATTRIBUTES: what the SP requires, the IdP offers.
struct PAIRAttributes: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ATTRIBUTES",
        title: "The IdP offers the attributes the SP requires",
        severity: .info,
        profiles: [.core],
        citation: "META §2.4.3, §2.4.4.2; RS; COCO",
        rationale: "An SP lists the attributes it needs (RequestedAttribute isRequired=\"true\"); an IdP that advertises the attributes it can release shows which of them it can send. Entity categories decide release at many R&E IdPs: an SP in Research & Scholarship gets its bundle only from an IdP that supports the category.",
        hint: "Agree on attribute release with the IdP operator, or have the IdP support the SP's entity category.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n" + ExampleMetadata.postACS + "\n" + """
            <md:AttributeConsumingService index="1">
              <md:ServiceName xml:lang="en">Wiki</md:ServiceName>
              ↓<md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3" isRequired="true"/>
            </md:AttributeConsumingService>
            """),
                      idp: PairExamples.idp(PairExamples.idpKey + "\n" + PairExamples.redirectSSO + "\n"
                        + #"<saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="urn:oid:2.5.4.42"/>"#)),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp()),
        ])

    static let category = "http://macedir.org/entity-category"
    static let categorySupport = "http://macedir.org/entity-category-support"
    static let researchAndScholarship = "http://refeds.org/category/research-and-scholarship"

    func check(pair: SSOPair, context: inout PairContext) {
        let advertised = pair.idp.advertisedAttributeNames
        if !advertised.isEmpty {
            for service in pair.sp.role.attributeConsumingServices {
                for requested in service.requestedAttributes where requested.isRequired?.value == true {
                    guard let name = requested.name?.trimmingWhitespace(), !advertised.contains(name) else { continue }
                    let shown = requested.friendlyName.map { "\($0) (\(name))" } ?? name
                    context.report("The SP requires the attribute \(shown), which the IdP does not advertise.",
                                   at: .sp(requested.position), related: .idp(nil))
                }
            }
        }
        if pair.sp.entityAttributeValues(Self.category).contains(Self.researchAndScholarship),
           !pair.idp.entityAttributeValues(Self.categorySupport).contains(Self.researchAndScholarship) {
            context.report("The SP is in Research & Scholarship, and the IdP does not declare support for it (entity-category-support): it may release nothing by category.",
                           at: .sp(nil), related: .idp(nil))
        }
    }
}
