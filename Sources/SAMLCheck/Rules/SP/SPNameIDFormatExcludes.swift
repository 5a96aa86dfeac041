/// SP-NAMEIDFORMAT-EXCLUDES: an SP that accepts neither persistent nor transient NameIDs.
struct SPNameIDFormatExcludes: Rule {
    static let common: Set<String> = [
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
        "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    ]

    static let description = RuleDescription(
        id: "SP-NAMEIDFORMAT-EXCLUDES",
        title: "SP accepts persistent or transient NameIDs",
        severity: .info,
        profiles: [.ops],
        citation: "UKF check_saml2int.xsl",
        rationale: "Many IdPs issue only transient or persistent NameIDs; an SP whose NameIDFormat list excludes both (for example only emailAddress) will be refused by them with InvalidNameIDPolicy.",
        hint: "Add persistent or transient to the SP's NameIDFormat list, or omit the list and identify users by attributes.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            ↓<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
            \(ExampleMetadata.postACS)
            """)),
            .passes(ExampleMetadata.sp("""
            <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
            \(ExampleMetadata.postACS)
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders {
            guard let first = role.nameIDFormats.first else { continue }
            let formats = role.nameIDFormats.map { $0.value.trimmingWhitespace() }
            if formats.allSatisfy({ !Self.common.contains($0) }) {
                context.report("The SP accepts only \(formats.joined(separator: ", ")); IdPs that issue only persistent or transient NameIDs cannot serve it.",
                               at: first.position)
            }
        }
    }
}
