/// RESP-DESTINATION: Destination names where the message was delivered, and a signed message has one.
struct RESPDestination: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = Set(SAMLMessage.Kind.allCases)
    static let description = RuleDescription(
        id: "RESP-DESTINATION",
        title: "Destination is where the message was delivered",
        severity: .error,
        profiles: [.core],
        citation: "CORE §3.2.2; BIND §3.5.5.2, §3.4.5.2",
        rationale: "A receiver must check that Destination is the URL at which it received the message, so a message meant for one endpoint cannot be replayed at another; a signed message sent by POST or Redirect must carry Destination. Reverse proxies that change scheme, host or port are the usual cause of a mismatch.",
        hint: "Make the URL the receiver sees equal the Destination: fix the SP's (or IdP's) idea of its own external URL behind a proxy, or the endpoint in metadata.",
        examples: [
            .triggers(message: MessageExamples.response(("<samlp:Response", "↓<samlp:Response"), ("Destination=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\" InResponseTo", "Destination=\"http://sp.example.org:8080/Shibboleth.sso/SAML2/POST\" InResponseTo")),
                      receiver: MessageExamples.receiver, note: "A proxy in front of the SP: the IdP used the internal URL."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        let msg = message.message
        guard let destination = msg.destination else {
            let signed = msg.signature != nil || message.received.querySignature != nil
            if signed, message.received.binding != .unknown || msg.kind == .response {
                context.report("The \(msg.kind.rawValue) is signed but has no Destination, which the POST and Redirect bindings require of a signed message.")
            }
            return
        }
        if let deliveredTo = message.deliveredTo {
            if destination != deliveredTo {
                context.report("Destination is \"\(destination)\", but the message was delivered to \"\(deliveredTo)\".")
            }
        } else if msg.kind == .response, let sp = message.sp {
            let locations = message.spACSLocations
            if !locations.contains(destination) {
                context.report("Destination \"\(destination)\" is none of the SP's AssertionConsumerService locations (\(locations.joined(separator: ", "))).",
                               hint: "The IdP sent the response to a URL the SP \(sp.entityID) does not list: correct the ACS URL in the IdP's copy of the SP metadata.")
            }
        } else {
            context.notChecked("Give --acs-url (where the message was received) or --sp to compare Destination with it.")
        }
    }
}
