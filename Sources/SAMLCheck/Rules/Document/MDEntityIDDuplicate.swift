/// MD-ENTITYID-DUPLICATE: one entityID, one entity.
struct MDEntityIDDuplicate: Rule {
    static let description = RuleDescription(
        id: "MD-ENTITYID-DUPLICATE",
        title: "entityIDs are unique in an aggregate",
        severity: .error,
        profiles: [.core, .edugain],
        citation: "META §2.2.1; EDUG-V E1",
        rationale: "Entity identifiers MUST be unique across all entities. With two descriptors for one entityID, consumers keep one of them (which one differs by product), so the other entity's keys and endpoints silently vanish.",
        hint: "Remove or merge the duplicate; if two different services share the ID, give one of them its own entityID.",
        examples: [
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.example.org/shibboleth"),
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.example.org/shibboleth", marked: true),
            ])),
            .passes(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp1.example.org/shibboleth"),
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp2.example.org/shibboleth"),
            ])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        var first: [String: EntityDescriptor] = [:]
        first.reserveCapacity(document.entities.count)
        for entity in document.entities {
            guard let entityID = entity.entityID else { continue }
            if let earlier = first[entityID] {
                context.report("entityID '\(entityID)' is already used by the EntityDescriptor at line \(earlier.position.line).",
                               at: entity.position, entity: entity)
            } else {
                first[entityID] = entity
            }
        }
    }
}
