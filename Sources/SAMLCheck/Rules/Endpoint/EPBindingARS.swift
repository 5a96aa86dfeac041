/// EP-BINDING-ARS: artifact resolution is a SOAP exchange.
struct EPBindingARS: Rule {
    static let description = RuleDescription(
        id: "EP-BINDING-ARS",
        title: "ArtifactResolutionService uses SOAP",
        severity: .error,
        profiles: [.core],
        citation: "PROF §5; BIND §3.6; UKF check_bindings.xsl",
        rationale: "Artifact resolution is a synchronous SOAP exchange between servers; an ArtifactResolutionService with any other binding cannot be called.",
        hint: "Set Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:SOAP\" on ArtifactResolutionService.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            ↓<md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.org/ars" index="1"/>
            \(ExampleMetadata.redirectSSO)
            """)),
            .passes(ExampleMetadata.idp("""
            <md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/ars" index="1"/>
            \(ExampleMetadata.redirectSSO)
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.kind == .artifactResolutionService {
            if let binding = BindingMatrix.disallowedBinding(of: endpoint) {
                context.report("\(endpoint.label) uses \(binding.shortName); artifact resolution works only over SOAP.", at: endpoint.position)
            }
        }
    }
}
