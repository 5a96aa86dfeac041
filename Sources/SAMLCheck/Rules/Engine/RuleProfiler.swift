#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs each enabled rule alone over a document (one core) and measures it: the table that
/// shows which rule to make faster next (`samlcheck-bench rules FILE`).
package enum RuleProfiler {
    package struct Measurement: Sendable {
        package let ruleID: String
        package let seconds: Double
        package let findings: Int
    }

    package static func profile(_ document: MetadataDocument, settings: RuleSettings) -> [Measurement] {
        var facts = StageFacts()
        facts.certificates = CertificateStage.run(on: document)
        let clock = ContinuousClock()
        return RuleRegistry.all.filter { settings.isEnabled($0.description) }.map { type in
            let handle = RuleHandle(type)
            var context = RuleContext(document: document, settings: settings, stageFacts: facts, rule: handle)
            let start = clock.now
            handle.rule.check(document: document, context: &context)
            for entity in document.entities {
                context.currentEntity = entity
                handle.rule.check(entity: entity, context: &context)
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return Measurement(ruleID: handle.description.id, seconds: seconds, findings: context.takeFindings().count)
        }
        .sorted { $0.seconds > $1.seconds }
    }
}
