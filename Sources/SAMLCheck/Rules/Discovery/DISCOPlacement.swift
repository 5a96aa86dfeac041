/// DISCO-PLACEMENT: DiscoveryResponse belongs to an SPSSODescriptor's Extensions.
struct DISCOPlacement: Rule {
    static let description = RuleDescription(
        id: "DISCO-PLACEMENT",
        title: "DiscoveryResponse sits in SP Extensions",
        severity: .warning,
        profiles: [.coreExt],
        citation: "DISCO §2.5",
        rationale: "Discovery services look for the SP's return addresses only directly in the md:Extensions of its SPSSODescriptor; elsewhere they are not found and the service refuses to send users back.",
        hint: "Move idpdisc:DiscoveryResponse into the SPSSODescriptor's md:Extensions.",
        examples: [
            .triggers(ExampleMetadata.entity("""
            <md:Extensions>
              \(DiscoveryExamples.discoveryResponse(marked: true))
            </md:Extensions>
            \(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS))
            """)),
            .passes(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse())),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let direct = Set(extensions.elements(XMLNamespace.idpDiscovery, "DiscoveryResponse").map(\.position))
            for element in extensions.allElements where element.isElement(XMLNamespace.idpDiscovery, "DiscoveryResponse") {
                if site == .role(.serviceProvider) && direct.contains(element.position) { continue }
                context.report("idpdisc:DiscoveryResponse in the Extensions of \(site.name) is not where discovery services look.", at: element.position)
            }
        }
    }
}
