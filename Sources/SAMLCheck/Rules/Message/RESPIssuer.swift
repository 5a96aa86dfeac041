/// RESP-ISSUER: the Response's and every Assertion's Issuer is the IdP's entityID.
struct RESPIssuer: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion, .logoutRequest, .logoutResponse]
    static let description = RuleDescription(
        id: "RESP-ISSUER",
        title: "The Issuer is the IdP's entityID",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.2",
        rationale: "The SP finds the IdP's metadata, and with it the keys it trusts, by the Issuer. An Issuer that differs from the IdP's entityID (a trailing slash, http for https, another tenant's ID) makes the SP look for metadata it does not have. The Format must be omitted or be the entity format.",
        hint: "Make the IdP use exactly its metadata entityID as Issuer, with no Format or the entity format.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Issuer>https://idp.example.org/idp/shibboleth</saml:Issuer>", "↓<saml:Issuer>https://idp.example.org/idp/shibboleth/</saml:Issuer>")),
                      receiver: MessageExamples.receiver, note: "A trailing slash is another entityID."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let entityFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"
        var issuers: [(String, MessageIssuer?, SourcePosition)] = message.message.kind == .assertion ? []
            : [("\(message.message.kind.rawValue)'s", message.message.issuer, message.message.position)]
        issuers += message.message.assertions.map { ("Assertion's", $0.issuer, $0.position) }
        for (owner, issuer, position) in issuers {
            guard let issuer else {
                if owner == "Assertion's" { context.report("The Assertion has no Issuer.", at: position) }
                continue
            }
            if let format = issuer.format, format != entityFormat {
                context.report("The \(owner) Issuer has Format \(format); it must be omitted or \(entityFormat).", at: issuer.position)
            }
            // A logout message may come from either side.
            let isLogout = message.message.kind == .logoutRequest || message.message.kind == .logoutResponse
            if let idp = message.idp, issuer.value != idp.entityID, !(isLogout && issuer.value == message.sp?.entityID) {
                context.report("The \(owner) Issuer is \"\(issuer.value)\", but the IdP's entityID is \"\(idp.entityID)\"\(isLogout && message.sp != nil ? " (and the SP's \"\(message.sp!.entityID)\")" : "").",
                               at: issuer.position)
            }
        }
        if message.idp == nil { context.notChecked("Give the IdP's metadata with --idp to compare the Issuer with its entityID.") }
    }
}
