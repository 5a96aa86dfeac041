/// ALG-PLACEMENT: algorithm declarations belong to an entity's or a role's Extensions.
struct ALGPlacement: Rule {
    static let description = RuleDescription(
        id: "ALG-PLACEMENT",
        title: "alg:* sits in entity or role Extensions",
        severity: .warning,
        profiles: [.coreExt],
        citation: "ALG §2.4; UKF check_algsupport.xsl",
        rationale: "alg:DigestMethod and alg:SigningMethod are defined only as children of the md:Extensions of an EntityDescriptor or a role descriptor; anywhere else their meaning is undefined and peers ignore them.",
        hint: "Move the declarations into the md:Extensions of the EntityDescriptor (for all roles) or of a role.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            <md:Organization>
              <md:Extensions>
                ↓<alg:DigestMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
              </md:Extensions>
              <md:OrganizationName xml:lang="en">Example</md:OrganizationName>
              <md:OrganizationDisplayName xml:lang="en">Example</md:OrganizationDisplayName>
              <md:OrganizationURL xml:lang="en">https://www.example.org/</md:OrganizationURL>
            </md:Organization>
            """)),
            .passes(ExampleMetadata.entity("""
            <md:Extensions>
              <alg:DigestMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for element in group.extensions?.allElements ?? [] where element.namespace == XMLNamespace.algsupport {
                context.report("\(element.displayName) in an EntitiesDescriptor's Extensions has no defined meaning.", at: element.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let direct = Set(AlgorithmCatalogue.declarations(in: extensions).map(\.position))
            let allowedSite: Bool
            switch site {
            case .entity, .role: allowedSite = true
            default: allowedSite = false
            }
            for element in extensions.allElements where element.namespace == XMLNamespace.algsupport
                && (element.localName == "DigestMethod" || element.localName == "SigningMethod") {
                if !allowedSite {
                    context.report("\(element.displayName) in the Extensions of \(site.name) has no defined meaning.", at: element.position)
                } else if !direct.contains(element.position) {
                    context.report("\(element.displayName) is nested inside another extension element instead of sitting directly in md:Extensions.",
                                   at: element.position)
                }
            }
        }
    }
}
