/// EP-SOAP-SAME-VHOST: back-channel and browser endpoints on one host and port.
struct EPSOAPSameVhost: Rule {
    static let description = RuleDescription(
        id: "EP-SOAP-SAME-VHOST",
        title: "SOAP back channel on its own port",
        severity: .info,
        profiles: [.ops],
        citation: "UKF check_vhosts.xsl",
        rationale: "SOAP back-channel endpoints authenticate peers with TLS client certificates, which rarely coexists with browser-facing TLS on the same virtual host; Shibboleth deployments put the back channel on port 8443 for that reason.",
        hint: "Serve the SOAP endpoints on a separate port (or host) configured for client-certificate authentication.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            ↓<md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>
            \(ExampleMetadata.redirectSSO)
            """)),
            .passes(ExampleMetadata.idp("""
            <md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>
            \(ExampleMetadata.redirectSSO)
            """)),
        ])

    private static func hostPort(_ uri: URIText?) -> String? {
        guard let uri else { return nil }
        guard let host = uri.host, !host.isEmpty, let scheme = uri.scheme else { return nil }
        return host + ":" + String(uri.port ?? (scheme == "https" ? 443 : 80))
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            let soap = role.endpoints.filter { $0.knownBinding == .soap }
            guard !soap.isEmpty else { continue }
            let browser = Set(role.endpoints.filter { $0.kind.isFrontChannel && $0.knownBinding != .soap }.compactMap { Self.hostPort($0.locationURI) })
            for endpoint in soap {
                if let vhost = Self.hostPort(endpoint.locationURI), browser.contains(vhost) {
                    context.report("\(endpoint.label) (SOAP) shares \(vhost) with the role's browser-facing endpoints.", at: endpoint.position)
                }
            }
        }
    }
}
