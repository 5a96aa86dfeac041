/// RESP-NAMEID-FORMAT: the NameID has the format the SP asked for.
struct RESPNameIDFormat: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-NAMEID-FORMAT",
        title: "The NameID format is the one requested",
        severity: .warning,
        profiles: [.core],
        citation: "CORE §3.4.1.1, §8.3.7 (ERR E78)",
        rationale: "An SP that asked for a NameID format (NameIDPolicy) or declares the formats it accepts may refuse another, or map the user to the wrong account (an email where a persistent ID was expected). A persistent identifier longer than 256 characters breaks the format's limit.",
        hint: "Align the IdP's NameID for this SP with the SP's NameIDFormat (or request none and use attributes).",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:NameID Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:transient\">", "↓<saml:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">")),
                      receiver: MessageExamples.receiver, note: "The SP declares transient only."),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let nameID = message.message.consumedAssertion?.nameID else { return }
        let format = nameID.format ?? "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
        if let requested = message.expectations.request?.nameIDFormat, requested != "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified", requested != format {
            context.report("The NameID's format is \(format), but the AuthnRequest asked for \(requested).", at: nameID.position)
        } else if let sp = message.sp {
            let declared = sp.role.nameIDFormats.map { $0.value.trimmingWhitespace() }
            if !declared.isEmpty, !declared.contains(format) {
                context.report("The NameID's format is \(format), which the SP does not declare (\(declared.joined(separator: ", "))).", at: nameID.position)
            }
        }
        if format == "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent", nameID.value.utf8.count > 256 {
            context.report("The persistent NameID is \(nameID.value.utf8.count) characters long; the format allows 256.", at: nameID.position)
        }
    }
}
