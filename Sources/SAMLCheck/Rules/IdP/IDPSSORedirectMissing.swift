/// IDP-SSO-REDIRECT-MISSING: an IdP accepts AuthnRequests over HTTP-Redirect.
struct IDPSSORedirectMissing: Rule {
    static let description = RuleDescription(
        id: "IDP-SSO-REDIRECT-MISSING",
        title: "IdP accepts requests with HTTP-Redirect",
        severity: .warning,
        escalations: [.saml2int: .error, .incommon: .error],
        profiles: [.saml2int, .incommon],
        citation: "S2I SDP-IDP02; INC-EP (IdP page); UKF check_saml2int.xsl",
        rationale: "saml2int and InCommon SPs send their AuthnRequest with HTTP-Redirect; an IdP without a Redirect SingleSignOnService cannot receive it. One whose only SSO endpoint is SOAP (ECP) serves no browser at all.",
        hint: "Publish <md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://…/SSO\"/>.",
        examples: [
            .triggers(ExampleMetadata.idp(#"<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org/idp/profile/SAML2/SOAP/ECP"/>"#,
                                          roleAttributes: "↓")),
            .passes(ExampleMetadata.idp()),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.identityProviders {
            let services = role.endpoints(.singleSignOnService)
            guard !services.isEmpty, !services.contains(where: { $0.knownBinding == .httpRedirect }) else { continue }
            let browserUsable = services.contains { [.httpPOST, .httpPOSTSimpleSign, .httpArtifact].contains($0.knownBinding) }
            let bindings = services.map { $0.knownBinding?.shortName ?? $0.binding ?? "no binding" }
            if browserUsable {
                context.report("The IdP has no HTTP-Redirect SingleSignOnService (it offers \(bindings.joined(separator: ", "))); SPs that send requests by Redirect cannot use it.",
                               at: role.position)
            } else {
                context.report("The IdP's only SingleSignOnService binding is \(bindings.joined(separator: ", ")), which no browser can use: web SSO is impossible.",
                               at: role.position)
            }
        }
    }
}
