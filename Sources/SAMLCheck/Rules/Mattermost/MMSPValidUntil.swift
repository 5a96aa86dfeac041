#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// MM-SP-VALIDUNTIL: Mattermost's SP metadata is valid for seven days only.
struct MMSPValidUntil: Rule {
    static let description = RuleDescription(
        id: "MM-SP-VALIDUNTIL",
        title: "IdPs refresh Mattermost's SP metadata",
        severity: .info,
        profiles: [.mattermost],
        citation: "mattermost.md §2.2 (validUntil = now + 7 days), §2.3",
        rationale: "Mattermost stamps its SP metadata valid for seven days. An IdP that imported a static copy holds metadata that 'expires' a week later; IdPs differ in whether they then stop trusting the SP.",
        hint: "Register the metadata URL at the IdP with automatic refresh, or check that the IdP ignores validUntil on imported SP metadata.",
        supersedes: [MDValidUntilSoon.self],
        examples: [
            .triggers(MattermostScenarios.spMetadata().replacingFirst("<EntityDescriptor", with: "↓<EntityDescriptor")),
            .passes(MattermostScenarios.spMetadata().replacingFirst(#"validUntil="2026-06-07T23:00:00.123456789Z" "#, with: "")),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        guard entity.isDocumentElement, !entity.serviceProviders.isEmpty, let validUntil = entity.validUntil?.date else { return }
        let days = validUntil.timeIntervalSince(context.settings.now) / 86_400
        guard days >= 0, days <= 8 else { return }
        context.report("The SP metadata is valid until \(day(validUntil)) only (Mattermost writes seven days); a static copy at the IdP goes stale.",
                       at: entity.position)
    }
}
