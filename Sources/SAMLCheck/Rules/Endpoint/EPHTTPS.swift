/// EP-HTTPS: endpoints use TLS.
struct EPHTTPS: Rule {
    static let description = RuleDescription(
        id: "EP-HTTPS",
        title: "Endpoints use https",
        severity: .warning,
        escalations: [.saml2int: .error, .incommon: .error],
        profiles: [.core, .saml2int, .refeds, .incommon],
        citation: "PROF §4.1.3.3, §4.1.3.5; S2I SDP-SP09, SDP-IDP03; MRPS §5.4; UKF check_sp_tls.xsl, check_idp_tls.xsl; INC-EP",
        rationale: "Assertions, requests and artifacts sent to a plain-http endpoint travel in clear text and can be read or replayed; core only recommends TLS, saml2int requires it for ACS and SSO endpoints, and browsers block the POST from an https page to http.",
        hint: "Serve the endpoint over https and change Location (and ResponseLocation) to the https:// URL.",
        serviceProviderHints: [.mattermost: "Mattermost's ACS is its Site URL + /login/sso/saml: serve Mattermost over https and set System Console > Environment > Web Server > Site URL (ServiceSettings.SiteURL) to the https:// address, then System Console > Authentication > SAML 2.0 > Service Provider Login URL (SamlSettings.AssertionConsumerServiceURL) to match."],
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="http://sp.example.org/Shibboleth.sso/SAML2/POST" index="1"/>"#)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints where endpoint.kind != .discoveryResponse {  // DISCO-HTTPS covers it
            for (attribute, value, parsed) in [("Location", endpoint.location, endpoint.locationURI), ("ResponseLocation", endpoint.responseLocation, endpoint.responseLocationURI)] {
                guard let value, let uri = parsed else { continue }
                guard uri.isAbsolute, let scheme = uri.scheme, scheme != "https" else { continue }
                context.report("\(endpoint.label) \(attribute) '\(value)' uses \(scheme):, not https:.", at: endpoint.position)
            }
        }
    }
}
