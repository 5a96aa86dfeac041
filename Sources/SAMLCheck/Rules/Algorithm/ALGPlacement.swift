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
        for name in ["DigestMethod", "SigningMethod"] {
            for (element, problem) in ExtensionPlacement.problems(XMLNamespace.algsupport, name, in: document, allowedOnGroups: false) {
                context.report(ExtensionPlacement.message(element, problem, consequence: "has no defined meaning"), at: element.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for name in ["DigestMethod", "SigningMethod"] {
            let problems = ExtensionPlacement.problems(XMLNamespace.algsupport, name, in: entity) { site in
                if case .entity = site { return true }
                if case .role = site { return true }
                return false
            }
            for (element, problem) in problems {
                context.report(ExtensionPlacement.message(element, problem, consequence: "has no defined meaning"), at: element.position)
            }
        }
    }
}
