/// IDX-ACS-SVC-DUP: AttributeConsumingService indexes are unique.
struct IDXACSSvcDup: Rule {
    static let description = RuleDescription(
        id: "IDX-ACS-SVC-DUP",
        title: "AttributeConsumingService indexes are unique",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.4.1",
        rationale: "AuthnRequests select an AttributeConsumingService by its index (AttributeConsumingServiceIndex); a duplicate index makes the choice ambiguous.",
        hint: "Give each AttributeConsumingService its own index.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1"><md:ServiceName xml:lang="en">A</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            ↓<md:AttributeConsumingService index="1"><md:ServiceName xml:lang="en">B</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            """)),
            .passes(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1"><md:ServiceName xml:lang="en">A</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            <md:AttributeConsumingService index="2"><md:ServiceName xml:lang="en">B</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            var seen: [Int: AttributeConsumingService] = [:]
            for service in role.attributeConsumingServices {
                guard let index = service.index?.value else { continue }
                if let earlier = seen[index] {
                    context.report("AttributeConsumingService index \(index) is also used by the one at line \(earlier.position.line).",
                                   at: service.position)
                } else {
                    seen[index] = service
                }
            }
        }
    }
}
