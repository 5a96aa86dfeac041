/// ROLE-ADVERTISES-UNUSED: metadata advertises only what the deployment does.
struct ROLEAdvertisesUnused: Rule {
    static let description = RuleDescription(
        id: "ROLE-ADVERTISES-UNUSED",
        title: "No endpoints for features the deployment does not support",
        severity: .info,
        profiles: [.saml2int, .incommon],
        citation: "S2I SDP-MD04; INC-EP (IdP page)",
        rationale: "Peers use what metadata advertises: an Artifact or AttributeService endpoint that the deployment does not run invites back-channel calls that fail, and keeps a TLS endpoint exposed for nothing. saml2int forbids advertising unsupported features and InCommon advises removing unneeded back-channel endpoints. samlcheck compares with the endpoint elements and bindings it is told the deployment supports (--capability or capabilities in the configuration); without that list it has nothing to compare with.",
        hint: "Remove the endpoint from the metadata, or add the feature to the list of capabilities if the deployment does support it.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            \(ExampleMetadata.redirectSSO)
            ↓<md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>
            """), profiles: [.saml2int], inputs: PolicyInputs(capabilities: ["SingleSignOnService", "HTTP-Redirect", "HTTP-POST"])),
            .passes(ExampleMetadata.idp(), profiles: [.saml2int], inputs: PolicyInputs(capabilities: ["SingleSignOnService", "HTTP-Redirect", "HTTP-POST"])),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let capabilities = context.settings.inputs.capabilities.compactMap(PolicyInputs.capability)
        guard !capabilities.isEmpty else { return }
        // A list that names no endpoint element leaves elements unjudged; likewise for bindings.
        var kinds: Set<EndpointKind> = []
        var bindings: Set<String> = []
        for capability in capabilities {
            switch capability {
            case .endpoint(let kind): kinds.insert(kind)
            case .binding(let binding): bindings.insert(binding)
            }
        }
        for (role, endpoint) in entity.allEndpoints {
            var unsupported: [String] = []
            if !kinds.isEmpty && !kinds.contains(endpoint.kind) { unsupported.append(endpoint.kind.rawValue) }
            if !bindings.isEmpty, let binding = endpoint.binding?.trimmingWhitespace(), !bindings.contains(binding) {
                unsupported.append("the \(SAMLBinding(rawValue: binding)?.shortName ?? binding) binding")
            }
            guard !unsupported.isEmpty else { continue }
            context.report("The \(role.kind.elementName) advertises \(unsupported.joined(separator: " over ")), which the deployment is not listed as supporting.",
                           at: endpoint.position)
        }
    }
}
