#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// MD-VALIDUNTIL-NESTED-LONGER: a nested validUntil or cacheDuration that an ancestor overrides.
struct MDValidUntilNestedLonger: Rule {
    static let description = RuleDescription(
        id: "MD-VALIDUNTIL-NESTED-LONGER",
        title: "Nested validity is not longer than its container's",
        severity: .info,
        profiles: [.core],
        citation: "ERR E76",
        rationale: "When validUntil or cacheDuration appear at several levels, the smaller value takes precedence; a nested value later or longer than its container's has no effect and usually reflects a misunderstanding.",
        hint: "Drop the nested value or make it shorter than the enclosing one.",
        examples: [
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.example.org/shibboleth",
                                       attributes: #"validUntil="2027-01-01T00:00:00Z""#, marked: true),
            ])),
            .passes(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.example.org/shibboleth",
                                       attributes: #"validUntil="2026-06-10T00:00:00Z""#),
            ])),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            guard let parent = group.parent else { continue }
            let bounds = Inherited(document: document, group: parent)
            compare(group.validUntil, group.cacheDuration, with: bounds, name: "EntitiesDescriptor", at: group.position, context: &context)
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if let group = entity.group {
            let bounds = Inherited(document: context.document, group: group)
            compare(entity.validUntil, entity.cacheDuration, with: bounds, name: "EntityDescriptor", at: entity.position, context: &context)
        }
        let entityBounds = Inherited(validUntil: entity.effectiveValidUntil,
                                     cacheDuration: min(entity.cacheDuration?.seconds, inheritedCache(entity, context.document)))
        for role in entity.roles {
            compare(role.validUntil, role.cacheDuration, with: entityBounds, name: role.kind.elementName, at: role.position, context: &context)
        }
    }

    private struct Inherited {
        var validUntil: Date?
        var cacheDuration: Double?

        init(validUntil: Date?, cacheDuration: Double?) {
            self.validUntil = validUntil
            self.cacheDuration = cacheDuration
        }

        /// The tightest bounds set by a group and its ancestors.
        init(document: MetadataDocument, group start: Int) {
            var index: Int? = start
            while let current = index {
                let group = document.groups[current]
                if let date = group.validUntil?.date { validUntil = validUntil.map { Swift.min($0, date) } ?? date }
                if let seconds = group.cacheDuration?.seconds { cacheDuration = cacheDuration.map { Swift.min($0, seconds) } ?? seconds }
                index = group.parent
            }
        }
    }

    private func inheritedCache(_ entity: EntityDescriptor, _ document: MetadataDocument) -> Double? {
        entity.group.flatMap { Inherited(document: document, group: $0).cacheDuration }
    }

    private func min(_ a: Double?, _ b: Double?) -> Double? {
        switch (a, b) {
        case let (a?, b?): return Swift.min(a, b)
        default: return a ?? b
        }
    }

    private func compare(_ validUntil: XSDateTime?, _ cacheDuration: XSDuration?, with bounds: Inherited, name: String,
                         at position: SourcePosition, context: inout RuleContext) {
        if let own = validUntil?.date, let outer = bounds.validUntil, own > outer {
            context.report(
                "The \(name)'s validUntil \(validUntil!.lexical) is later than the \(outer.iso8601) set around it, so it has no effect.",
                at: position)
        }
        if let own = cacheDuration?.seconds, let outer = bounds.cacheDuration, own > outer {
            context.report(
                "The \(name)'s cacheDuration \(cacheDuration!.lexical) is longer than the \(describeInterval(outer)) set around it, so it has no effect.",
                at: position)
        }
    }
}
