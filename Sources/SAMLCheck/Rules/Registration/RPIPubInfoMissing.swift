/// RPI-PUBINFO-MISSING: an aggregate says who published it.
struct RPIPubInfoMissing: Rule {
    static let description = RuleDescription(
        id: "RPI-PUBINFO-MISSING",
        title: "Aggregates carry PublicationInfo",
        severity: .info,
        escalations: [.edugain: .info],
        profiles: [.edugain],
        citation: "EDUG-P",
        rationale: "mdrpi:PublicationInfo on an aggregate's document element names the publisher and when it published: what lets a consumer trace republication through interfederation feeds.",
        hint: "Add <mdrpi:PublicationInfo publisher=\"https://your-federation…\" creationInstant=\"…\"> to the EntitiesDescriptor's md:Extensions.",
        examples: [
            .triggers(ExampleMetadata.aggregate([MDRPI.member()], marked: true), profiles: [.edugain]),
            .passes(MDRPI.aggregate(extensions: #"<mdrpi:PublicationInfo \#(MDRPI.namespace) publisher="https://www.northwind-federation.org"/>"#,
                                    members: [MDRPI.member()]), profiles: [.edugain]),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        guard let root = document.rootGroup, root.extensions?.elements(XMLNamespace.mdrpi, "PublicationInfo").isEmpty ?? true else { return }
        context.report("The aggregate's EntitiesDescriptor has no mdrpi:PublicationInfo.", at: root.position)
    }
}
