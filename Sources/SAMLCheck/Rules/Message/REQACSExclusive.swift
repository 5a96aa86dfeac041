/// REQ-ACS-EXCLUSIVE: an ACS index excludes an ACS URL and ProtocolBinding.
struct REQACSExclusive: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest]
    static let description = RuleDescription(
        id: "REQ-ACS-EXCLUSIVE",
        title: "AssertionConsumerServiceIndex is not combined with a URL or binding",
        severity: .error,
        profiles: [.core],
        citation: "CORE §3.4.1",
        rationale: "An AuthnRequest names where to send the response either by index into the SP's metadata, or by URL and binding; never both. IdPs refuse the request or pick one unpredictably.",
        hint: "Send either AssertionConsumerServiceIndex, or AssertionConsumerServiceURL with ProtocolBinding.",
        examples: [
            .triggers(message: MessageExamples.authnRequest(("<samlp:AuthnRequest", "↓<samlp:AuthnRequest"), ("AssertionConsumerServiceURL=", "AssertionConsumerServiceIndex=\"0\" AssertionConsumerServiceURL=")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.authnRequest(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let request = message.message.request, let index = request.acsIndex else { return }
        var others: [String] = []
        if request.acsURL != nil { others.append("AssertionConsumerServiceURL") }
        if request.protocolBinding != nil { others.append("ProtocolBinding") }
        if !others.isEmpty {
            context.report("AssertionConsumerServiceIndex=\"\(index)\" is combined with \(others.joined(separator: " and ")); the schema allows one or the other.")
        }
    }
}
