/// ATTR-ASSERTION-PROFILE: assertions embedded in EntityAttributes follow the profile.
struct ATTRAssertionProfile: Rule {
    static let entityFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"

    static let description = RuleDescription(
        id: "ATTR-ASSERTION-PROFILE",
        title: "Embedded attribute assertions follow the profile",
        severity: .error,
        profiles: [.coreExt],
        citation: "ATTR §2.4",
        rationale: "An assertion in EntityAttributes is a third party's signed statement about this entity: its subject MUST be the entity (NameID Format entity, value the entityID), with no SubjectConfirmation, exactly one AttributeStatement, and its own signature. Otherwise it states nothing verifiable about this entity.",
        hint: "Have the issuer produce the assertion with Subject/NameID Format=\"…nameid-format:entity\" equal to the entityID, one AttributeStatement, and an enveloped signature.",
        examples: [
            .triggers(MDRPI.sp("""
            <mdattr:EntityAttributes \(MDAttr.namespaces)>
              ↓<saml:Assertion ID="_a1" IssueInstant="2026-05-01T00:00:00Z" Version="2.0">
                <saml:Issuer>https://www.northwind-federation.org</saml:Issuer>
                <saml:Subject><saml:NameID>someone-else</saml:NameID></saml:Subject>
                <saml:AttributeStatement>
                  <saml:Attribute Name="http://macedir.org/entity-category"><saml:AttributeValue>http://refeds.org/category/research-and-scholarship</saml:AttributeValue></saml:Attribute>
                </saml:AttributeStatement>
              </saml:Assertion>
            </mdattr:EntityAttributes>
            """)),
            .passes(MDRPI.sp(MDAttr.entityAttributes(values: ["http://refeds.org/category/research-and-scholarship"])),
                    note: "Plain attributes need no assertion."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for attributes in entity.extensions?.elements(XMLNamespace.mdattr, "EntityAttributes") ?? [] {
            for assertion in attributes.children(XMLNamespace.assertion, "Assertion") {
                let problems = Self.problems(of: assertion, entityID: entity.entityID)
                if !problems.isEmpty {
                    context.report("The embedded assertion \(problems.joined(separator: "; ")).", at: assertion.position)
                }
            }
        }
    }

    static func problems(of assertion: ElementValue, entityID: String?) -> [String] {
        var problems: [String] = []
        let subject = assertion.children(XMLNamespace.assertion, "Subject").first
        if let nameID = subject?.children(XMLNamespace.assertion, "NameID").first {
            if nameID.attribute("Format")?.trimmingWhitespace() != entityFormat { problems.append("has a NameID whose Format is not entity") }
            if let entityID, nameID.trimmedText != entityID { problems.append("is about \(nameID.trimmedText), not \(entityID)") }
        } else {
            problems.append("has no Subject/NameID naming the entity")
        }
        if subject?.children(XMLNamespace.assertion, "SubjectConfirmation").isEmpty == false {
            problems.append("has a SubjectConfirmation, which the profile forbids")
        }
        let statements = assertion.children(XMLNamespace.assertion, "AttributeStatement").count
        if statements != 1 { problems.append("has \(statements) AttributeStatements instead of exactly one") }
        if assertion.children(XMLNamespace.xmldsig, "Signature").isEmpty { problems.append("is not signed") }
        return problems
    }
}
