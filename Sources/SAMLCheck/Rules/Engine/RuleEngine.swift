/// Runs the enabled rules over a document's model and collects their findings.
struct RuleEngine {
    let settings: RuleSettings
    /// When set, only this entity is checked (document-wide findings are kept).
    let entityFilter: String?

    func run(on document: MetadataDocument, facts: StageFacts) -> [Finding] {
        let rules: [any Rule] = RuleRegistry.all
            .filter { settings.isEnabled($0.description) }
            .map { $0.init() }
        guard !rules.isEmpty else { return [] }
        var context = RuleContext(document: document, settings: settings, stageFacts: facts, rule: type(of: rules[0]).description)
        var findings: [Finding] = []
        for rule in rules {
            context.rule = type(of: rule).description
            context.currentEntity = nil
            rule.check(document: document, context: &context)
        }
        for entity in document.entities where entityFilter == nil || entity.entityID == entityFilter {
            context.currentEntity = entity
            for rule in rules {
                context.rule = type(of: rule).description
                rule.check(entity: entity, context: &context)
            }
        }
        findings = context.takeFindings()
        if let entityFilter {
            findings.removeAll { $0.entityID != nil && $0.entityID != entityFilter }
        }
        return findings
    }
}
