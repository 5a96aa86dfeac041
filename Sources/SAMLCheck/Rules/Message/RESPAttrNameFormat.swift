/// RESP-ATTR-NAMEFORMAT: attributes are named by URI, one value per AttributeValue.
struct RESPAttrNameFormat: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-ATTR-NAMEFORMAT",
        title: "Attributes use the uri NameFormat and one value each",
        severity: .info,
        escalations: [.saml2int: .warning],
        profiles: [.core],
        citation: "S2I SDP-IDP18, SDP-IDP20",
        rationale: "SPs match attributes by Name and NameFormat: saml2int asks for NameFormat uri (urn:oid names); an unspecified or basic NameFormat is why an SP \"does not receive\" an attribute it is sent. Several values packed in one AttributeValue (\"staff;member\") are read as one value.",
        hint: "Release attributes with NameFormat urn:oasis:names:tc:SAML:2.0:attrname-format:uri and one AttributeValue per value.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Attribute Name=\"urn:oid:1.3.6.1.4.1.5923.1.1.1.6\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\"", "↓<saml:Attribute Name=\"eduPersonPrincipalName\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\"")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        let uri = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
        for attribute in assertion.attributes {
            if attribute.nameFormat != uri {
                context.report("The attribute \(attribute.name ?? "(no Name)") has NameFormat \(attribute.nameFormat ?? "(none: unspecified)"), not uri.", at: attribute.position)
            }
            for value in attribute.values where value.value.contains(";") {
                context.report("An AttributeValue of \(attribute.name ?? "(no Name)") packs several values (\"\(value.value.trimmingWhitespace())\"); send one AttributeValue per value.",
                               at: value.position)
            }
        }
    }
}
