/// Runs the enabled rules over a document's model and collects their findings.
struct RuleEngine {
    let settings: RuleSettings
    /// When set, only this entity is checked (document-wide findings are kept).
    let entityFilter: String?
    /// Whether findings get element paths (see ``CheckOptions/elementPaths``).
    var elementPaths = true
    /// Whether the check was cancelled: remaining chunks of entities are skipped (the checker
    /// then throws `CancellationError`, so the partial findings are never reported).
    var stopRequested: @Sendable () -> Bool = { false }

    /// Which rules a run covers: those that need the signature verdict wait for it.
    enum Phase: Sendable {
        case all, beforeSignatureVerdict, afterSignatureVerdict
    }

    /// Runs the rules of `phase`; entities in chunks on all cores, or through `share` when given.
    func run(on document: MetadataDocument, facts: StageFacts, phase: Phase = .all, share: WorkShare? = nil) -> [Finding] {
        // A rule a stage reports has no checks of its own to run.
        let rules: [RuleHandle] = RuleRegistry.all
            .filter { $0.description.reportedBy == nil && settings.isEnabled($0.description) }
            .filter { type in
                switch phase {
                case .all: return true
                case .beforeSignatureVerdict: return !type.needsSignatureVerdict
                case .afterSignatureVerdict: return type.needsSignatureVerdict
                }
            }
            .map(RuleHandle.init)
        guard !rules.isEmpty else { return [] }
        var context = RuleContext(document: document, settings: settings, stageFacts: facts, rule: rules[0], elementPaths: elementPaths)
        var findings: [Finding] = []
        for rule in rules {
            context.rule = rule
            context.currentEntity = nil
            rule.rule.check(document: document, context: &context)
        }
        findings = context.takeFindings()
        // Entities are independent: check them in chunks on all cores, keeping document order.
        let entities = entityFilter.map { id in document.entities.filter { $0.entityID == id } } ?? document.entities
        let chunkSize = 32
        let chunks = (entities.count + chunkSize - 1) / chunkSize
        let ruleSettings = settings
        let elementPaths = elementPaths
        let stopRequested = stopRequested
        let perChunk = Parallel.map(chunks, chunkSize: 1, share: share) { chunk -> [Finding] in
            if stopRequested() { return [] }
            var context = RuleContext(document: document, settings: ruleSettings, stageFacts: facts, rule: rules[0], elementPaths: elementPaths)
            for entity in entities[(chunk * chunkSize)..<min(entities.count, (chunk + 1) * chunkSize)] {
                context.currentEntity = entity
                for rule in rules {
                    context.rule = rule
                    rule.rule.check(entity: entity, context: &context)
                }
            }
            return context.takeFindings()
        }
        findings += perChunk.joined()
        if let entityFilter {
            findings.removeAll { $0.entityID != nil && $0.entityID != entityFilter }
        }
        return findings
    }
}
