/// FED-MRPS-DOMAIN: entityIDs and scopes are under domains the registrant holds.
struct FEDMRPSDomain: Rule {
    static let description = RuleDescription(
        id: "FED-MRPS-DOMAIN",
        title: "entityID and scopes under the registrant's domains",
        severity: .info,
        profiles: [.refeds],
        citation: "MRPS §5.1",
        rationale: "The REFEDS registration practice requires the registrar to verify that the registrant has the right to use the domains in its entityIDs and scopes; otherwise one organisation can assert another's users. samlcheck cannot look domains up, so it lists the hosts and scopes outside the domains it is told the registrant holds (--registrant-domain or registrantDomains in the configuration) for a person to check; without that list it has nothing to compare with.",
        hint: "Confirm that the registrant holds the domain (WHOIS, a DNS record, a letter), then add it to the registrant's domains; otherwise change the entityID or scope.",
        examples: [
            .triggers(ScopeExamples.idp(scope: #"↓<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">elsewhere.edu</shibmd:Scope>"#), profiles: [.refeds],
                      inputs: PolicyInputs(registrantDomains: ["example.org"])),
            .triggers(ExampleMetadata.entity(ExampleMetadata.role("SPSSODescriptor", ExampleMetadata.postACS), entityID: "https://wiki.elsewhere.edu/sp",
                                             marked: true), profiles: [.refeds], inputs: PolicyInputs(registrantDomains: ["example.org"])),
            .passes(ScopeExamples.idp(scope: #"<shibmd:Scope \#(ScopeExamples.namespace) regexp="false">example.org</shibmd:Scope>"#), profiles: [.refeds],
                    inputs: PolicyInputs(registrantDomains: ["example.org"]), note: "idp.example.org is a host under example.org."),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        let domains = context.settings.inputs.registrantDomains
        guard !domains.isEmpty else { return }
        if let entityID = entity.entityID, let host = URIText(entityID.trimmingWhitespace()).host, !Self.isUnder(host, domains) {
            context.report("The entityID's host \(host) is under none of the registrant's domains (\(domains.joined(separator: ", "))); check that the registrant holds it.",
                           at: entity.position)
        }
        for (_, scope) in entity.scopeElements {
            if let regexp = scope.attribute("regexp"), XSBoolean(regexp).value == true { continue }
            let value = scope.trimmedText.lowercased()
            guard !value.isEmpty, !Self.isUnder(value, domains) else { continue }
            context.report("The scope \(value) is under none of the registrant's domains (\(domains.joined(separator: ", "))); check that the registrant holds it.",
                           at: scope.position)
        }
    }

    /// Whether `name` is one of `domains` or a subdomain of one.
    static func isUnder(_ name: String, _ domains: [String]) -> Bool {
        let name = name.lowercased()
        return domains.contains { name == $0 || name.hasSuffix("." + $0) }
    }
}
