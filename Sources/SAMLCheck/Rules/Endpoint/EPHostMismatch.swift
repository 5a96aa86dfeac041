/// EP-HOST-MISMATCH: endpoints under another domain than the entityID.
struct EPHostMismatch: Rule {
    static let description = RuleDescription(
        id: "EP-HOST-MISMATCH",
        title: "Endpoints are under the entityID's domain",
        severity: .info,
        profiles: [.ops],
        citation: "CORE §8.3.6 (own-domain recommendation)",
        rationale: "Endpoints under another registrable domain than the entityID are often legitimate (a hosted service), but are also the mark of metadata copied from another entity or generated behind a proxy with the wrong host name. Reported once per role.",
        hint: "Check that the endpoints belong to this service.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor",
                #"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.other-university.edu/acs" index="1"/>"#),
                entityID: "https://sp.university.edu/shibboleth")),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID, let entityHost = URIText(entityID.trimmingWhitespace()).host, !entityHost.isEmpty,
              HostClassification.ipv4(entityHost) == nil else { return }
        let domain = HostClassification.registrableDomain(entityHost)
        var sameDomain: Set<String> = [entityHost]
        for role in entity.roles {
            for endpoint in role.endpoints {
                // Most endpoints share a handful of hosts: judge each host once.
                guard let host = endpoint.locationURI?.host, !host.isEmpty, !sameDomain.contains(host),
                      HostClassification.ipv4(host) == nil else { continue }
                let endpointDomain = HostClassification.registrableDomain(host)
                if endpointDomain == domain { sameDomain.insert(host); continue }
                if endpointDomain != domain {
                    context.report("\(endpoint.label) is under \(endpointDomain), the entityID under \(domain).", at: endpoint.position)
                    break
                }
            }
        }
    }
}
