/// RPI-PUBINFO-DUP: one PublicationInfo per Extensions.
struct RPIPubInfoDup: Rule {
    static let description = RuleDescription(
        id: "RPI-PUBINFO-DUP",
        title: "One PublicationInfo per element",
        severity: .error,
        profiles: [.coreExt],
        citation: "RPI §2.2",
        rationale: "PublicationInfo MUST NOT appear more than once in an Extensions element; a document has one publisher and one creation instant.",
        hint: "Keep a single mdrpi:PublicationInfo.",
        examples: [
            .triggers(MDRPI.aggregate(extensions: """
            <mdrpi:PublicationInfo \(MDRPI.namespace) publisher="https://www.northwind-federation.org"/>
            ↓<mdrpi:PublicationInfo \(MDRPI.namespace) publisher="https://www.northwind-federation.org"/>
            """, members: [MDRPI.member()])),
            .passes(MDRPI.aggregate(extensions: #"<mdrpi:PublicationInfo \#(MDRPI.namespace) publisher="https://www.northwind-federation.org"/>"#,
                                    members: [MDRPI.member()])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            for extra in (group.extensions?.elements(XMLNamespace.mdrpi, "PublicationInfo") ?? []).dropFirst() {
                context.report("A second mdrpi:PublicationInfo on the EntitiesDescriptor.", at: extra.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for extra in (entity.extensions?.elements(XMLNamespace.mdrpi, "PublicationInfo") ?? []).dropFirst() {
            context.report("A second mdrpi:PublicationInfo on the entity.", at: extra.position)
        }
    }
}
