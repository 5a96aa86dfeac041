/// REQ-SUBJECT-CONFIRMATION: an AuthnRequest's Subject carries no SubjectConfirmation.
struct REQSubjectConfirmation: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest]
    static let description = RuleDescription(
        id: "REQ-SUBJECT-CONFIRMATION",
        title: "No SubjectConfirmation in the request's Subject",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.1",
        rationale: "The SSO profile forbids SubjectConfirmation in an AuthnRequest's Subject: the requester may name who should log in, not how the assertion is confirmed. IdPs reject such a request.",
        hint: "Send only a NameID in the request's Subject, or no Subject.",
        examples: [
            .triggers(message: MessageExamples.authnRequest(("<samlp:NameIDPolicy AllowCreate=\"true\"/>", "<saml:Subject><saml:NameID>jdoe</saml:NameID>\n↓<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"/></saml:Subject>\n<samlp:NameIDPolicy AllowCreate=\"true\"/>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.authnRequest(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let position = message.message.request?.subjectConfirmationPosition else { return }
        context.report("The request's Subject carries a SubjectConfirmation, which the SSO profile forbids in an AuthnRequest.", at: position)
    }
}
