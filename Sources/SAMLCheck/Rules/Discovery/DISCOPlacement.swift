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
        let problems = ExtensionPlacement.problems(XMLNamespace.idpDiscovery, "DiscoveryResponse", in: entity) { $0 == .role(.serviceProvider) }
        for (element, problem) in problems {
            context.report(ExtensionPlacement.message(element, problem, consequence: "is not where discovery services look"), at: element.position)
        }
    }
}
