/// ROLE-PSE-SAML2: a role with SAML 2.0 endpoints must say it speaks SAML 2.0.
struct ROLEPSESAML2: Rule {
    static let description = RuleDescription(
        id: "ROLE-PSE-SAML2",
        title: "SAML 2.0 roles list the SAML 2.0 protocol",
        severity: .error,
        profiles: [.core],
        citation: "META §2.4.1; UKF check_saml2.xsl",
        rationale: "For SAML 2.0 entities protocolSupportEnumeration MUST include urn:oasis:names:tc:SAML:2.0:protocol. Consumers select roles by that list, so a role with SAML 2.0 endpoints but without the URI is ignored and SSO fails with 'no metadata found'.",
        hint: "Add urn:oasis:names:tc:SAML:2.0:protocol to the role's protocolSupportEnumeration (a space-separated list).",
        examples: [
            .triggers(ExampleMetadata.entity("""
            ↓<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:1.1:protocol">
              \(ExampleMetadata.postACS)
            </md:SPSSODescriptor>
            """)),
            .passes(ExampleMetadata.sp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            guard !role.supportsSAML2 else { continue }
            guard let saml2Endpoint = role.endpoints.first(where: { $0.binding?.hasPrefix("urn:oasis:names:tc:SAML:2.0:") ?? false }) else {
                continue
            }
            if role.protocolSupportEnumeration == nil {
                context.report(
                    "The \(role.kind.elementName) has no protocolSupportEnumeration, yet its \(saml2Endpoint.kind.rawValue) uses a SAML 2.0 binding.",
                    at: role.position)
            } else {
                context.report(
                    "The \(role.kind.elementName) has SAML 2.0 endpoints (\(saml2Endpoint.kind.rawValue) at line \(saml2Endpoint.position.line)) but its protocolSupportEnumeration lacks urn:oasis:names:tc:SAML:2.0:protocol; consumers will ignore the role.",
                    at: role.position)
            }
        }
    }
}
