#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// MD-VALIDUNTIL-EXPIRED: metadata past its validUntil must not be used.
///
/// Reported where the expiry is written: once on an expired EntitiesDescriptor (not on each of its
/// thousands of entities), and on an entity or role whose own validUntil has passed.
struct MDValidUntilExpired: Rule {
    static let description = RuleDescription(
        id: "MD-VALIDUNTIL-EXPIRED",
        title: "validUntil has not passed",
        severity: .error,
        profiles: [.core, .saml2int],
        citation: "ERR E94 (new META §4.3.2); IIP IIP-MD04; S2I SDP-G01 (skew)",
        rationale: "Invalid metadata MUST NOT be used: consumers that enforce validUntil (Shibboleth, SimpleSAMLphp, most federation tooling) drop expired metadata and SSO with these entities stops.",
        hint: "Re-sign and republish the metadata with a validUntil in the future; if this is a federation feed, check the signing pipeline that should refresh it.",
        examples: [
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS),
                                             attributes: #"validUntil="2026-05-31T00:00:00Z""#, marked: true),
                      note: "Expired a day before the example clock (2026-06-01)."),
            .triggers(ExampleMetadata.aggregate([
                ExampleMetadata.member(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://sp.example.org/shibboleth",
                                       attributes: #"validUntil="2026-05-01T00:00:00Z""#, marked: true),
            ]), note: "The aggregate is valid, one entity in it has expired."),
            .passes(ExampleMetadata.sp()),
        ])

    func check(document: MetadataDocument, context: inout RuleContext) {
        for group in document.groups {
            if let validUntil = group.validUntil, let date = validUntil.date, isExpired(date, context) {
                context.report(
                    "The EntitiesDescriptor expired at \(validUntil.lexical) (\(describeInterval(context.settings.now.timeIntervalSince(date))) ago); none of its \(group.entityCount) entities may be used.",
                    at: group.position)
            }
        }
    }

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        if let validUntil = entity.validUntil, let date = validUntil.date, isExpired(date, context) {
            context.report(
                "The entity expired at \(validUntil.lexical) (\(describeInterval(context.settings.now.timeIntervalSince(date))) ago).",
                at: entity.position)
        }
        for role in entity.roles {
            if let validUntil = role.validUntil, let date = validUntil.date, isExpired(date, context) {
                context.report(
                    "The \(role.kind.elementName) expired at \(validUntil.lexical); consumers ignore the role.",
                    at: role.position)
            }
        }
    }

    private func isExpired(_ date: Date, _ context: RuleContext) -> Bool {
        date.addingTimeInterval(Double(context.thresholds.clockSkewSeconds)) < context.settings.now
    }
}
