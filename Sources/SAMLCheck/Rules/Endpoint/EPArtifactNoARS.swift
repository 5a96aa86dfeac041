/// EP-ARTIFACT-NO-ARS: whoever sends artifacts must resolve them.
struct EPArtifactNoARS: Rule {
    static let description = RuleDescription(
        id: "EP-ARTIFACT-NO-ARS",
        title: "Artifact senders publish an ArtifactResolutionService",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.6; ERR E2 (BIND §3.6.7)",
        rationale: "The artifact issuer MUST provide at least one ArtifactResolutionService: the receiver turns the artifact into the message by calling it. An IdP that offers artifact-bound SSO or logout, or any role offering artifact-bound logout or name-ID management, sends artifacts in those exchanges.",
        hint: "Publish an ArtifactResolutionService (SOAP) for the role, or drop the HTTP-Artifact endpoints.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            \(ExampleMetadata.redirectSSO)
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://idp.example.org/sso/artifact"/>
            """, roleAttributes: "↓")),
            .passes(ExampleMetadata.idp("""
            <md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/ars" index="1"/>
            \(ExampleMetadata.redirectSSO)
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://idp.example.org/sso/artifact"/>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles where role.endpoints(.artifactResolutionService).isEmpty {
            let issuing = role.endpoints.first { endpoint in
                guard endpoint.knownBinding == .httpArtifact else { return false }
                switch endpoint.kind {
                case .singleLogoutService, .manageNameIDService: return true
                case .singleSignOnService: return role.kind == .identityProvider
                default: return false
                }
            }
            if let issuing {
                context.report("The \(role.kind.elementName) uses HTTP-Artifact (\(issuing.kind.rawValue), line \(issuing.position.line)) but has no ArtifactResolutionService to resolve its artifacts.",
                               at: role.position)
            }
        }
    }
}
