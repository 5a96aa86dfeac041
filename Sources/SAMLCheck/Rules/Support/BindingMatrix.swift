/// Appendix B of the rule catalogue: which SAML 2.0 bindings each endpoint may use.
enum BindingMatrix {
    static func allowed(for kind: EndpointKind) -> Set<SAMLBinding>? {
        switch kind {
        case .singleSignOnService: return [.httpRedirect, .httpPOST, .httpPOSTSimpleSign, .httpArtifact, .soap, .holderOfKeySSO]
        case .assertionConsumerService: return [.httpPOST, .httpPOSTSimpleSign, .httpArtifact, .paos, .holderOfKeySSO]
        case .singleLogoutService, .manageNameIDService: return [.httpRedirect, .httpPOST, .httpPOSTSimpleSign, .httpArtifact, .soap]
        case .artifactResolutionService, .nameIDMappingService, .attributeService, .authnQueryService, .authzService: return [.soap]
        case .assertionIDRequestService: return [.soap, .uri]
        case .discoveryResponse: return [.discoveryProtocol]
        case .requestInitiator: return [.requestInitiation]
        }
    }

    /// The endpoint's binding when it is a SAML 2.0 binding its kind does not allow.
    static func disallowedBinding(of endpoint: Endpoint) -> SAMLBinding? {
        guard let binding = endpoint.knownBinding, let allowed = allowed(for: endpoint.kind) else { return nil }
        return allowed.contains(binding) ? nil : binding
    }

    static func describeAllowed(for kind: EndpointKind) -> String {
        (allowed(for: kind) ?? []).map(\.shortName).sorted().joined(separator: ", ")
    }
}
