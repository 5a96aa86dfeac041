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
        for group in document.groups {
            for element in group.extensions?.allElements ?? [] where element.isElement(XMLNamespace.shibmd, "Scope") {
                context.report("shibmd:Scope in an EntitiesDescriptor's Extensions applies to no attribute issuer.", at: element.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let direct = Set(extensions.elements(XMLNamespace.shibmd, "Scope").map(\.position))
            for scope in extensions.allElements where scope.isElement(XMLNamespace.shibmd, "Scope") {
                let allowedSite: Bool
                switch site {
                case .entity, .role(.identityProvider), .role(.attributeAuthority): allowedSite = true
                default: allowedSite = false
                }
                if !allowedSite {
                    context.report("shibmd:Scope in the Extensions of \(site.name) has no defined meaning; SPs look for it on the entity or its IdP/attribute authority roles.",
                                   at: scope.position)
                } else if !direct.contains(scope.position) {
                    context.report("shibmd:Scope is nested inside another extension element instead of sitting directly in md:Extensions.", at: scope.position)
                }
            }
        }
    }
}
