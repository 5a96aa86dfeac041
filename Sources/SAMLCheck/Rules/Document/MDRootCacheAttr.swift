/// MD-ROOT-CACHE-ATTR: the root must carry validUntil or cacheDuration.
struct MDRootCacheAttr: Rule {
    static let description = RuleDescription(
        id: "MD-ROOT-CACHE-ATTR",
        title: "Root carries validUntil or cacheDuration",
        severity: .error,
        profiles: [.core],
        citation: "META §2.3.1, §2.3.2",
        rationale: "The root element MUST contain either a validUntil or a cacheDuration attribute, so consumers know how long they may rely on the document. A standalone EntityDescriptor without them (what most SPs publish for registration) is reported as a warning, since the registrar adds validity when aggregating; an aggregate or an MDQ answer without them is an error.",
        hint: "Add validUntil (an absolute expiry, preferred) and/or cacheDuration (a refresh interval such as PT6H) to the document element.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), attributes: "", marked: true),
                      note: "A standalone SP without either attribute: a warning."),
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.example.org/shibboleth"),
            ], attributes: "", marked: true), note: "An aggregate without either attribute: an error."),
            .passes(ExampleMetadata.sp()),
            .passes(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), attributes: #"cacheDuration="PT6H""#)),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        let position: SourcePosition
        let standalone: Bool
        switch document.root {
        case .entitiesDescriptor:
            guard let group = document.rootGroup, group.validUntil == nil, group.cacheDuration == nil else { return }
            position = group.position
            standalone = false
        case .entityDescriptor:
            guard let entity = document.rootEntity, entity.validUntil == nil, entity.cacheDuration == nil else { return }
            position = entity.position
            standalone = !context.stageFacts.isMetadataQueryResponse
        case .other:
            return
        }
        if standalone {
            context.report(
                "The EntityDescriptor has neither validUntil nor cacheDuration; consumers cannot tell how long to trust it.",
                at: position, entity: document.rootEntity, severity: .warning,
                hint: "Fine for metadata handed to a federation registrar, which sets validity; metadata consumed directly should carry validUntil.")
        } else {
            context.report(
                "The \(document.rootName) has neither validUntil nor cacheDuration; consumers cannot tell how long to trust it.",
                at: position, entity: document.rootEntity)
        }
    }
}
