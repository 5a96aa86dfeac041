/// MD-ENTITYID-SCHEME: federations register entityIDs that are https (or http, or urn) names.
struct MDEntityIDScheme: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-SCHEME",
        title: "The entityID is an https, http or urn name",
        severity: .warning,
        profiles: [.refeds, .edugain],
        citation: "MRPS §5.2; EDUG-V E1; META §4.1.1",
        rationale: "The REFEDS registration practice admits entityIDs with the https, http or urn scheme and recommends https, because an https entityID can also be the well-known location its metadata is published at. Other schemes (ftp:, mailto:, a bare host) are refused by federation registrars; http is accepted but cannot be published safely.",
        hint: "Register an https entityID under a domain the organisation controls, e.g. https://sp.example.org/shibboleth.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             entityID: "ftp://sp.example.org/shibboleth", marked: true), profiles: [.refeds]),
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             entityID: "http://sp.example.org/shibboleth", marked: true), profiles: [.refeds],
                      note: "http is allowed and reported as info: https is recommended."),
            .passes(ExampleMetadata.sp(), profiles: [.refeds]),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                           entityID: "urn:mace:northwind.edu:sp"), profiles: [.refeds]),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard let entityID = entity.entityID?.trimmingWhitespace() else { return }
        // Without a scheme the entityID is not absolute: MD-ENTITYID-ABSOLUTE says so.
        guard let scheme = URIText(entityID).scheme?.lowercased() else { return }
        switch scheme {
        case "https", "urn":
            return
        case "http":
            context.report("The entityID \(entityID) uses http; https is recommended, so that it can also be where the metadata is published.",
                           at: entity.position, severity: .info)
        default:
            context.report("The entityID \(entityID) uses the scheme \(scheme):; federations register https, http or urn entityIDs only.", at: entity.position)
        }
    }
}
