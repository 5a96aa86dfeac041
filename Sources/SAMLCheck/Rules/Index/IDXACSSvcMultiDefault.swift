/// IDX-ACS-SVC-MULTI-DEFAULT: at most one default AttributeConsumingService.
struct IDXACSSvcMultiDefault: Rule {
    static let description = RuleDescription(
        id: "IDX-ACS-SVC-MULTI-DEFAULT",
        title: "At most one default AttributeConsumingService",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.4; ERR E87",
        rationale: "At most one AttributeConsumingService can have isDefault set to true; with two, the attributes an IdP releases by default are undefined.",
        hint: "Keep isDefault=\"true\" on one AttributeConsumingService.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1" isDefault="true"><md:ServiceName xml:lang="en">A</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            ↓<md:AttributeConsumingService index="2" isDefault="true"><md:ServiceName xml:lang="en">B</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            """)),
            .passes(ExampleMetadata.sp("""
            \(ExampleMetadata.postACS)
            <md:AttributeConsumingService index="1" isDefault="true"><md:ServiceName xml:lang="en">A</md:ServiceName><md:RequestedAttribute Name="urn:oid:0.9.2342.19200300.100.1.3"/></md:AttributeConsumingService>
            """)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            let defaults = role.attributeConsumingServices.filter { $0.isDefault?.value == true }
            for service in defaults.dropFirst() {
                context.report("A second AttributeConsumingService with isDefault=\"true\" (the first is at line \(defaults[0].position.line)).",
                               at: service.position)
            }
        }
    }
}
