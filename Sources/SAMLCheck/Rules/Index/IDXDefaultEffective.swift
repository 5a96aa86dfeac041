/// IDX-DEFAULT-EFFECTIVE: which ACS receives unsolicited responses, when that is not obvious.
struct IDXDefaultEffective: Rule {
    static let description = RuleDescription(
        id: "IDX-DEFAULT-EFFECTIVE",
        title: "The effective default ACS is usable",
        severity: .info,
        profiles: [.core],
        citation: "META §2.2.3; PROF §4.1.5, §4.1.6",
        rationale: "IdP-initiated and unsolicited responses go to the default ACS: the first with isDefault=\"true\", else the first without isDefault=\"false\", else the first. Reported (info) when an SP has several ACS and none is marked, and as a warning when the effective default uses a binding that cannot deliver a browser response (anything but HTTP-POST, POST-SimpleSign or Artifact).",
        hint: "Mark the intended ACS with isDefault=\"true\", and make it an HTTP-POST endpoint.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            ↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Location="https://sp.example.org/ECP" index="1"/>
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/POST" index="2"/>
            """), note: "The ECP (PAOS) endpoint comes first, so it is the effective default."),
            .passes(ExampleMetadata.sp("""
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Location="https://sp.example.org/ECP" index="1"/>
            <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/POST" index="2" isDefault="true"/>
            """)),
        ])

    private static let browserBindings: Set<SAMLBinding> = [.httpPOST, .httpPOSTSimpleSign, .httpArtifact]

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.serviceProviders {
            let services = role.endpoints(.assertionConsumerService)
            guard services.count > 1 else {
                if let only = services.first, let binding = only.knownBinding, !Self.browserBindings.contains(binding) {
                    context.report("The only ACS uses \(binding.shortName), so unsolicited responses have nowhere to go.",
                                   at: only.position, severity: .warning)
                }
                continue
            }
            let explicit = services.first { $0.isDefault?.value == true }
            let effective = explicit ?? services.first { $0.isDefault?.value != false } ?? services[0]
            let binding = effective.knownBinding
            if let binding, !Self.browserBindings.contains(binding) {
                context.report("The effective default ACS (\(effective.label)) uses \(binding.shortName), which cannot receive an unsolicited browser response.",
                               at: effective.position, severity: .warning)
            } else if explicit == nil {
                context.report("No ACS is marked isDefault=\"true\"; unsolicited responses go to \(effective.label) at \(effective.location ?? "(no Location)").",
                               at: effective.position)
            }
        }
    }
}
