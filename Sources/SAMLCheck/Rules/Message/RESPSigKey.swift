/// RESP-SIG-KEY: a signing key of the IdP's metadata (or --trust) verifies the message.
struct RESPSigKey: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion, .logoutRequest, .logoutResponse]
    static let description = RuleDescription(
        id: "RESP-SIG-KEY",
        title: "A signing key from the IdP's metadata verifies the signature",
        severity: .error,
        profiles: [.core],
        citation: "IOP §2.6.1; ERR E68; IIP IIP-MD07",
        rationale: "The SP trusts exactly the keys in the IdP's current metadata (KeyDescriptors with use=\"signing\" or no use), whatever certificate the signature's KeyInfo carries. A signature that verifies with no such key is refused; during a key rollover the report names which published key verified it. Without --idp or --trust samlcheck cannot tell who signed, and says so as an error.",
        hint: "Refresh the SP's copy of the IdP's metadata (the IdP may have rolled its key over), or give the right metadata with --idp.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Assertion ID", "↓<saml:Assertion ID"),
                                                        ("<saml:AttributeValue>jdoe@example.org</saml:AttributeValue>", "<saml:AttributeValue>admin@example.org</saml:AttributeValue>")),
                      receiver: MessageExamples.receiver, note: "An attribute changed after signing: the digest no longer matches."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let facts = message.signatures
        for checked in facts.checked where checked.role == .message || checked.role == .consumedAssertion {
            switch checked.status {
            case .valid, .absent:
                continue
            case .untrusted where !facts.hasTrustInput, .notChecked where !facts.hasTrustInput:
                context.report("The \(checked.placed.parentName)'s signature is intact, but \(facts.keySource), so nothing says the IdP made it: \(checked.reason)",
                               at: checked.placed.parentPosition, hint: "Give the IdP's metadata with --idp (or its signing certificate with --trust).")
            default:
                context.report("The \(checked.placed.parentName)'s signature is not accepted: \(checked.reason)", at: checked.placed.parentPosition, hint: checked.hint)
            }
        }
        if let query = facts.query, query.status != .valid {
            context.report(query.reason)
        }
    }
}
