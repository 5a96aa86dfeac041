/// RESP-SIG-MISSING: the Response or every Assertion is signed (saml2int: the Response); a
/// logout message is signed.
struct RESPSigMissing: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion, .logoutRequest, .logoutResponse]
    static let description = RuleDescription(
        id: "RESP-SIG-MISSING",
        title: "The Response or its Assertion is signed",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.5 as amended by ERR E26, §4.4.4.1; S2I SDP-IDP09; IIP IIP-SP13",
        rationale: "Over HTTP-POST the browser carries the response, so only an XML signature proves the IdP made it: the Response, or every Assertion in it, must be signed. saml2int requires the Response itself to be signed. A LogoutRequest or LogoutResponse sent through the browser must be signed too (in the XML, or over the query with HTTP-Redirect), or anyone could end someone's session.",
        hint: "Turn on signing for this SP at the IdP (the Response, or the assertions).",
        examples: [
            .triggers(message: """
                ↓<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_9f3a2c7e5b1d4f8a6c0e2b4d6f8a1c3e" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="https://sp.example.org/Shibboleth.sso/SAML2/POST" InResponseTo="_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f">
                <saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
                <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
                <saml:Assertion ID="_2b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a" Version="2.0" IssueInstant="2026-05-31T23:59:30Z"><saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer></saml:Assertion>
                </samlp:Response>
                """, receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver, note: "The Assertion is signed."),
            .triggers(message: """
                ↓<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_5c7e9b1d3f5a2b7d9f1a3c5e7b9d1f3a" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="https://sp.example.org/Shibboleth.sso/SLO/POST">
                <saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
                <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_7e1a3c5e7b9d1f3a5c7e9b1d3f5a2b7d</saml:NameID>
                </samlp:LogoutRequest>
                """, receiver: MessageExamples.receiver, note: "An unsigned LogoutRequest."),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let msg = message.message
        if msg.kind == .logoutRequest || msg.kind == .logoutResponse {
            if msg.signature == nil, message.received.querySignature == nil {
                context.report("The \(msg.kind.rawValue) is not signed (neither in the XML nor over a Redirect query), so nothing shows who sent it.")
            }
            return
        }
        guard msg.status?.isSuccess != false else { return }
        let responseSigned = msg.signature != nil
        let unsigned = msg.assertions.filter { $0.signature == nil }
        if !responseSigned, !unsigned.isEmpty || msg.assertions.isEmpty && msg.encryptedAssertions.isEmpty {
            context.report("Neither the Response nor \(msg.assertions.count > 1 ? "every" : "its") Assertion is signed, so nothing shows that the IdP made it.")
        } else if !responseSigned, message.profiles.contains(.saml2int) {
            context.report("The Response itself is not signed; saml2int requires it (signed assertions alone do not suffice).")
        }
    }
}
