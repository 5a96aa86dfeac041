/// DISCO-RESPONSELOCATION: DiscoveryResponse has no use for ResponseLocation.
struct DISCOResponseLocation: Rule {
    static let description = RuleDescription(
        id: "DISCO-RESPONSELOCATION",
        title: "DiscoveryResponse has no ResponseLocation",
        severity: .info,
        profiles: [.coreExt],
        citation: "DISCO §2.5",
        rationale: "The discovery profile uses only Location; a ResponseLocation is ignored and suggests a misunderstanding of where users are returned.",
        hint: "Remove ResponseLocation and put the return address in Location.",
        examples: [
            .triggers(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse(extra: #" ResponseLocation="https://sp.example.org/disco""#, marked: true))),
            .passes(DiscoveryExamples.sp(DiscoveryExamples.discoveryResponse())),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for endpoint in role.endpoints(.discoveryResponse) where endpoint.responseLocation != nil {
                context.report("The DiscoveryResponse has a ResponseLocation, which the discovery profile ignores.", at: endpoint.position)
            }
        }
    }
}
