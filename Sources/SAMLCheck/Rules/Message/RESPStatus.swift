/// RESP-STATUS: the top-level status is Success, and an error response carries no assertion.
struct RESPStatus: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .logoutResponse]
    static let description = RuleDescription(
        id: "RESP-STATUS",
        title: "The response's status is Success",
        severity: .error,
        profiles: [.core],
        citation: "CORE §3.2.2.2; PROF §4.1.4.2; ERR E65; S2I SDP-SP11",
        rationale: "A status other than Success is the IdP telling the SP why it did not log the user in; the second-level code says why (NoAuthnContext: the IdP cannot meet the requested authentication context; InvalidNameIDPolicy: it cannot issue the requested NameID format; RequestDenied: policy). An error response must not carry assertions.",
        hint: "Read the second-level status code and message: they name the IdP-side cause (requested authentication context, NameID format, access policy).",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Status>", "↓<samlp:Status>"),
                                                        ("<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/>",
                                                         "<samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"><samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext\"/></samlp:StatusCode>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let status = message.message.status else {
            context.report("The \(message.message.kind.rawValue) has no samlp:Status.")
            return
        }
        guard !status.isSuccess else { return }
        func short(_ code: String?) -> String { code.map { $0.split(separator: ":").last.map(String.init) ?? $0 } ?? "(none)" }
        var text = "The status is \(short(status.code))"
        if let subcode = status.subcode { text += "/\(short(subcode))" }
        if let detail = status.message, !detail.isEmpty { text += ": \"\(detail)\"" }
        text += "."
        if !message.message.assertions.isEmpty || !message.message.encryptedAssertions.isEmpty {
            text += " It also carries an assertion, which an error response must not."
        }
        context.report(text, at: status.position)
    }
}
