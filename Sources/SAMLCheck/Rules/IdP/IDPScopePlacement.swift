/// IDP-SCOPE-PLACEMENT: shibmd:Scope belongs to an entity or to an IdP/attribute authority role.
struct IDPScopePlacement: Rule {
    static let description = RuleDescription(
        id: "IDP-SCOPE-PLACEMENT",
        title: "shibmd:Scope sits in entity, IdP or AA Extensions",
        severity: .warning,
        profiles: [.coreExt],
        citation: "SHIBMD",
        rationale: "Scopes say which scoped attribute values an attribute issuer may assert; they are defined directly in the Extensions of an EntityDescriptor or of an IDPSSODescriptor/AttributeAuthorityDescriptor. Anywhere else SPs ignore them and the IdP's scoped attributes are rejected.",
        hint: "Move the shibmd:Scope elements into the md:Extensions of the IDPSSODescriptor (and the AttributeAuthorityDescriptor).",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:Extensions>
              ↓<shibmd:Scope \(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>
            </md:Extensions>
            \(ExampleMetadata.postACS)
            """)),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">university.edu</shibmd:Scope>"#)),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for (element, problem) in ExtensionPlacement.problems(XMLNamespace.shibmd, "Scope", in: document, allowedOnGroups: false) {
            context.report(ExtensionPlacement.message(element, problem, consequence: "applies to no attribute issuer"), at: element.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let problems = ExtensionPlacement.problems(XMLNamespace.shibmd, "Scope", in: entity) { site in
            [.entity, .role(.identityProvider), .role(.attributeAuthority)].contains(site)
        }
        for (element, problem) in problems {
            context.report(ExtensionPlacement.message(element, problem,
                                                      consequence: "has no defined meaning; SPs look for it on the entity or its IdP/attribute authority roles"),
                           at: element.position)
        }
    }
}
