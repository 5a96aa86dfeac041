/// EP-RESPONSELOCATION-FORBIDDEN: some endpoints must not carry ResponseLocation.
struct EPResponseLocationForbidden: Rule {
    static let description = RuleDescription(
        id: "EP-RESPONSELOCATION-FORBIDDEN",
        title: "No ResponseLocation where the schema forbids it",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.2, §2.4.3, §2.2.2; ERR E41",
        rationale: "The ResponseLocation attribute MUST be omitted on ArtifactResolutionService, SingleSignOnService and NameIDMappingService, whose responses come back synchronously or go to the ACS. On AssertionConsumerService it is merely unused (reported as info).",
        hint: "Remove ResponseLocation from the endpoint.",
        examples: [
            .triggers(ExampleMetadata.idp(#"↓<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/sso" ResponseLocation="https://idp.example.org/sso/response"/>"#)),
            .passes(ExampleMetadata.idp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.responseLocation != nil {
            switch endpoint.kind {
            case .artifactResolutionService, .singleSignOnService, .nameIDMappingService:
                context.report("\(endpoint.label) has a ResponseLocation, which must be omitted on this endpoint.", at: endpoint.position)
            case .assertionConsumerService:
                context.report("\(endpoint.label) has a ResponseLocation, which nothing uses on an ACS.", at: endpoint.position,
                               severity: .info)
            default:
                break
            }
        }
    }
}
