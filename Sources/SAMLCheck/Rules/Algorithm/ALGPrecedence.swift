/// ALG-PRECEDENCE: role-level algorithm lists replace the entity-level list; say so when they differ.
struct ALGPrecedence: Rule {
    static let description = RuleDescription(
        id: "ALG-PRECEDENCE",
        title: "Role-level alg:* declarations replace the entity-level ones",
        severity: .info,
        profiles: [.coreExt],
        citation: "ALG §2.5",
        rationale: "When a role declares its own alg:DigestMethod or alg:SigningMethod, peers use that list for the role and ignore the entity-level list entirely; the two are not merged, which surprises publishers who meant to add an algorithm.",
        hint: "Declare the complete list where it applies: either only at entity level, or the full set in each role.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha512"/>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("IDPSSODescriptor", """
            <md:Extensions>
              ↓<alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            </md:Extensions>
            \(ExampleMetadata.redirectSSO)
            """))
            """, entityID: "https://idp.example.org/idp/shibboleth")),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("IDPSSODescriptor", """
            <md:Extensions>
              <alg:DigestMethod \(AlgorithmCatalogue.algNamespace) Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            </md:Extensions>
            \(ExampleMetadata.redirectSSO)
            """))
            """, entityID: "https://idp.example.org/idp/shibboleth"), note: "The same list at both levels changes nothing."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let entityLevel = AlgorithmCatalogue.declarations(in: entity.extensions)
        guard !entityLevel.isEmpty else { return }
        let entitySet = Self.summary(entityLevel)
        for role in entity.roles {
            let own = AlgorithmCatalogue.declarations(in: role.extensions)
            guard let first = own.first else { continue }
            let roleSet = Self.summary(own)
            guard roleSet != entitySet else { continue }
            context.report("\(role.kind.elementName) declares its own algorithms, so the entity-level list does not apply to it; effective for this role: \(Self.describe(own)).",
                           at: first.position)
        }
    }

    private static func summary(_ declarations: [ElementValue]) -> [String] {
        declarations.map { $0.localName + " " + ($0.attribute("Algorithm") ?? "") }
    }

    private static func describe(_ declarations: [ElementValue]) -> String {
        let digests = declarations.filter { $0.localName == "DigestMethod" }.compactMap { $0.attribute("Algorithm") }.map(AlgorithmCatalogue.shortName)
        let signing = declarations.filter { $0.localName == "SigningMethod" }.compactMap { $0.attribute("Algorithm") }.map(AlgorithmCatalogue.shortName)
        return "digests \(digests.isEmpty ? "(none declared)" : digests.joined(separator: ", ")); signing \(signing.isEmpty ? "(none declared)" : signing.joined(separator: ", "))"
    }
}
