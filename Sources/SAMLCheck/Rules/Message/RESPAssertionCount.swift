/// RESP-ASSERTION-COUNT: a successful Response carries an assertion (saml2int: exactly one).
struct RESPAssertionCount: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response]
    static let description = RuleDescription(
        id: "RESP-ASSERTION-COUNT",
        title: "A successful Response carries one assertion",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.2; S2I SDP-IDP10",
        rationale: "A Success response without an Assertion or EncryptedAssertion gives the SP nothing to log the user in with; saml2int requires exactly one, and several let an SP verify one and read another.",
        hint: "Check the IdP's relying-party configuration for this SP: it returned Success without an assertion.",
        examples: [
            .triggers(message: """
                ↓<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_9f3a2c7e5b1d4f8a6c0e2b4d6f8a1c3e" Version="2.0" IssueInstant="2026-05-31T23:59:30Z" Destination="https://sp.example.org/Shibboleth.sso/SAML2/POST" InResponseTo="_0c4e8a2f6b9d1e3a5c7f9b2d4e6a8c0f">
                <saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>
                <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
                </samlp:Response>
                """, receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let msg = message.message
        guard msg.status?.isSuccess == true else { return }
        let count = msg.assertions.count + msg.encryptedAssertions.count
        if count == 0 {
            context.report("The Response says Success but carries no Assertion or EncryptedAssertion.")
        } else if count > 1, message.profiles.contains(.saml2int) {
            context.report("The Response carries \(count) assertions; saml2int requires exactly one.")
        }
    }
}
