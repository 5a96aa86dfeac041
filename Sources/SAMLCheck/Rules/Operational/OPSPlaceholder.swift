/// OPS-PLACEHOLDER: sample values from templates and documentation left in real metadata.
struct OPSPlaceholder: Rule {
    /// Phrases of metadata templates (Shibboleth's, vendors') that mark a spot to fill in.
    static let templateComments = ["fill in the details", "fill in your", "replace with your", "insert your", "todo"]
    /// Markers of unexpanded template variables in URIs.
    static let templateVariables = ["${", "{{", "%7b%7b", "$(", "<your", "your-domain", "yourdomain", "changeme", "change_me"]

    static let description = RuleDescription(
        id: "OPS-PLACEHOLDER",
        title: "No sample values left from templates",
        severity: .warning,
        profiles: [.ops],
        citation: "SHIB-LIST; MRPS §5.3",
        rationale: "Metadata is often produced from a template: an example.org scope, an endpoint on example.com, a logo sized \"HeightInPixels\", an empty certificate or a \"Fill in the details\" comment shows that part of the template was never completed, and the entity does not work as published.",
        hint: "Replace the sample value with the deployment's real one (its own scope, host, logo size, certificate), or remove the unfinished element.",
        supersedes: [MDEntityIDHost.self],
        examples: [
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">example.org</shibmd:Scope>"#),
                      note: "The sample scope of Shibboleth's documentation."),
            .triggers(MDUI.sp(MDUI.uiInfo(#"↓<mdui:Logo height="HeightInPixels" width="WidthInPixels">https://sp.northwind.edu/logo.png</mdui:Logo>"#))),
            .triggers(ExampleMetadata.sp("""
            ↓<!-- Fill in the details for your SP -->
            \(ExampleMetadata.postACS)
            """)),
            .passes(ExampleMetadata.idp("""
            <md:Extensions>
              <shibmd:Scope \(ScopeExamples.namespace) regexp="false">northwind.edu</shibmd:Scope>
            </md:Extensions>
            <md:SingleSignOnService Binding="\(ExampleMetadata.redirect)" Location="https://idp.northwind.edu/idp/profile/SAML2/Redirect/SSO"/>
            """, entityID: "https://idp.northwind.edu/idp/shibboleth")),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for comment in document.comments {
            guard let phrase = comment.value.firstASCIIMatchIgnoringCase(Self.commentPatterns).map({ Self.templateComments[$0] }) else { continue }
            let excerpt = comment.value.trimmingWhitespace().prefix(80)
            context.report("A template comment (\"\(excerpt)\") suggests the metadata was not completed (\"\(phrase)\").", at: comment.position)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if let entityID = entity.entityID, let marker = Self.templateVariable(in: entityID) {
            context.report("The entityID \(entityID) contains the template marker \"\(marker)\".", at: entity.position)
        }
        for (_, scope) in entity.scopeElements {
            let value = scope.trimmedText.lowercased()
            if let reserved = Self.reservedDomain(value) {
                context.report("The scope \(scope.trimmedText) is the documentation domain \(reserved), not the organisation's own.", at: scope.position)
            }
        }
        for (_, endpoint) in entity.allEndpoints {
            guard let location = endpoint.location?.trimmingWhitespace() else { continue }
            if let marker = Self.templateVariable(in: location) {
                context.report("\(endpoint.label) \(location) contains the template marker \"\(marker)\".", at: endpoint.position)
            } else if let host = endpoint.locationURI?.host, let reserved = Self.reservedDomain(host) {
                context.report("\(endpoint.label) points at \(host), under the documentation domain \(reserved).", at: endpoint.position)
            }
        }
        for logo in MDUI.elements("Logo", in: entity) {
            let sizes = [logo.attribute("height"), logo.attribute("width")].compactMap { $0 }
            if sizes.contains(where: { $0.firstASCIIMatchIgnoringCase(Self.pixelPlaceholder) != nil }) {
                context.report("The logo's size is still the template's \(sizes.joined(separator: " × ")).", at: logo.position)
            }
        }
        for role in entity.roles {
            for key in role.keyDescriptors {
                for certificate in key.keyInfo?.certificates ?? [] where certificate.base64.isBlank {
                    context.report("An empty ds:X509Certificate: the template's certificate was never filled in.", at: certificate.position)
                }
            }
        }
    }

    /// example.org, example.com, example.net (or a name under them).
    static func reservedDomain(_ host: String) -> String? {
        guard host.utf8.count >= 11, host.firstASCIIMatchIgnoringCase(examplePattern) != nil else { return nil }
        for domain in ["example.org", "example.com", "example.net"] where host == domain || host.hasSuffix("." + domain) {
            return domain
        }
        return nil
    }

    static let commentPatterns = ASCIIPatternSet(templateComments)
    static let examplePattern = ASCIIPatternSet(["example."])
    static let pixelPlaceholder = ASCIIPatternSet(["InPixels"])
    static let templatePatterns = ASCIIPatternSet(templateVariables)

    static func templateVariable(in text: String) -> String? {
        text.firstASCIIMatchIgnoringCase(templatePatterns).map { templateVariables[$0] }
    }
}
