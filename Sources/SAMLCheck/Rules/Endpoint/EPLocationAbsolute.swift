/// EP-LOCATION-ABSOLUTE: endpoints have an absolute Location.
struct EPLocationAbsolute: Rule {
    static let description = RuleDescription(
        id: "EP-LOCATION-ABSOLUTE",
        title: "Endpoint Location is an absolute URI",
        severity: .error,
        profiles: [.core],
        citation: "META §2.2.2; CORE §1.3.2",
        rationale: "Location is required and, like every SAML URI, must be absolute; a peer cannot resolve a relative or empty address, so messages to this endpoint cannot be sent.",
        hint: "Write the full URL, for example https://sp.example.org/Shibboleth.sso/SAML2/POST.",
        examples: [
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="/Shibboleth.sso/SAML2/POST" index="1"/>"#)),
            .triggers(ExampleMetadata.sp(#"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" index="1"/>"#),
                      note: "No Location at all."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (_, endpoint) in entity.allEndpoints {
            guard let location = endpoint.location else {
                context.report("\(endpoint.label) has no Location.", at: endpoint.position)
                continue
            }
            if endpoint.locationURI?.isAbsolute != true {
                context.report("\(endpoint.label) Location '\(location)' is not an absolute URI.", at: endpoint.position)
            }
            if let response = endpoint.responseLocation, endpoint.responseLocationURI?.isAbsolute != true {
                context.report("\(endpoint.label) ResponseLocation '\(response)' is not an absolute URI.", at: endpoint.position)
            }
        }
    }
}
