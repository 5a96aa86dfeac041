/// MM-IDP-ENTITYID: entityIDs that are easy to copy wrongly into IdpDescriptorURL.
struct MMIdPEntityID: Rule {
    static let description = RuleDescription(
        id: "MM-IDP-ENTITYID",
        title: "IdP entityID is copied verbatim",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §4 F3, §6 (ADFS, Okta, Entra ID), §7 D5",
        rationale: "Mattermost compares the Response Issuer with Identity Provider Issuer URL exactly. ADFS (http://…/adfs/services/trust) and Okta (http://www.okta.com/…) use http entityIDs and Entra ID's ends with a slash; 'correcting' them to https or trimming the slash breaks every login.",
        hint: "Paste the entityID exactly as the IdP metadata writes it.",
        examples: [
            .triggers(ExampleMetadata.idp(CertificateExamples.keyDescriptor(CertificateExamples.good) + "\n" + ExampleMetadata.redirectSSO,
                                          entityID: "http://adfs.northwind.edu/adfs/services/trust").replacingFirst("<md:EntityDescriptor", with: "↓<md:EntityDescriptor")),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard !entity.identityProviders.isEmpty, let entityID = entity.entityID else { return }
        if URIText(entityID).isHTTP {
            context.report("The IdP's entityID \(entityID) uses http: Identity Provider Issuer URL must say http too.", at: entity.position)
        } else if entityID.hasSuffix("/") {
            context.report("The IdP's entityID \(entityID) ends with a slash: Identity Provider Issuer URL must keep it.", at: entity.position)
        }
    }
}
