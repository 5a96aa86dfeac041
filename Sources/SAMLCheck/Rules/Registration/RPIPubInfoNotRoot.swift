/// RPI-PUBINFO-NOT-ROOT: PublicationInfo describes the document, so it sits on its root.
struct RPIPubInfoNotRoot: Rule {
    static let description = RuleDescription(
        id: "RPI-PUBINFO-NOT-ROOT",
        title: "PublicationInfo only on the document element",
        severity: .warning,
        profiles: [.coreExt],
        citation: "RPI §2.2; UKF check_mdrpi.xsl",
        rationale: "PublicationInfo says who published this document and when; it SHOULD only be used on the root element. On a member entity it is usually left over from the federation that first published it and misleads consumers.",
        hint: "Remove PublicationInfo from inner elements; keep it in the root's md:Extensions.",
        examples: [
            .triggers(MDRPI.aggregate(extensions: #"<mdrpi:PublicationInfo \#(MDRPI.namespace) publisher="https://www.northwind-federation.org"/>"#, members: [
                MDRPI.member(#"↓<mdrpi:PublicationInfo \#(MDRPI.namespace) publisher="https://old-federation.example.net"/>"#),
            ])),
            .passes(MDRPI.aggregate(extensions: #"<mdrpi:PublicationInfo \#(MDRPI.namespace) publisher="https://www.northwind-federation.org"/>"#,
                                    members: [MDRPI.member()])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups where group.depth > 0 {
            for info in group.extensions?.allElements ?? [] where info.isElement(XMLNamespace.mdrpi, "PublicationInfo") {
                context.report("mdrpi:PublicationInfo on a nested EntitiesDescriptor.", at: info.position)
            }
        }
        if let root = document.rootGroup {
            let direct = Set(root.extensions?.elements(XMLNamespace.mdrpi, "PublicationInfo").map(\.position) ?? [])
            for info in root.extensions?.allElements ?? [] where info.isElement(XMLNamespace.mdrpi, "PublicationInfo") && !direct.contains(info.position) {
                context.report("mdrpi:PublicationInfo is nested inside another extension element.", at: info.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for (site, extensions) in entity.extensionSites {
            let direct = Set(extensions.elements(XMLNamespace.mdrpi, "PublicationInfo").map(\.position))
            for info in extensions.allElements where info.isElement(XMLNamespace.mdrpi, "PublicationInfo") {
                if site == .entity && entity.isDocumentElement && direct.contains(info.position) { continue }
                context.report("mdrpi:PublicationInfo in the Extensions of \(site.name), which is not the document element.", at: info.position)
            }
        }
    }
}
