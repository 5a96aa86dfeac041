/// MM-RESPONSE-ATTRIBUTES: the assertion carries the attributes Mattermost is configured to read.
struct MMResponseAttributes: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "MM-RESPONSE-ATTRIBUTES",
        title: "The assertion has the attributes Mattermost's SamlSettings name",
        severity: .error,
        profiles: [.mattermost],
        citation: "mattermost.md §3, §4 F1, F11, §7 D11",
        rationale: "Mattermost looks each configured attribute (EmailAttribute, UsernameAttribute, IdAttribute, …) up by the exact Name or FriendlyName in the assertion; one that is missing ends the login with ent.saml.attribute.app_error. The classic cause is Entra ID's namespaced claim names (http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress) against a setting of \"email\". A username with \"@\" is not a valid Mattermost username.",
        hint: "Set each attribute field in Mattermost's SAML settings to the exact Name the IdP sends (namespace included), or configure the IdP to send the names Mattermost expects.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:Attribute Name", "↓<saml:Attribute Name")),
                      receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID,
                                                            mattermostAttributes: ["EmailAttribute": "email", "UsernameAttribute": "eduPersonPrincipalName"]),
                      profiles: [.mattermost], note: "No attribute is named email."),
            .passes(message: MessageExamples.response(),
                    receiver: RuleExample.MessageReceiver(idp: MessageExamples.idp, sp: MessageExamples.sp(), requestID: MessageExamples.requestID,
                                                          mattermostAttributes: ["EmailAttribute": "urn:oid:1.3.6.1.4.1.5923.1.1.1.6"]),
                    profiles: [.mattermost]),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        guard let settings = message.expectations.mattermostAttributes else {
            context.notChecked("Give Mattermost's admin token (--token) to compare the attributes with its SamlSettings.")
            return
        }
        let position = assertion.attributes.first?.position ?? assertion.position
        for (setting, name) in settings.sorted(by: { $0.key < $1.key }) where !name.isEmpty {
            let found = assertion.attributes.first { $0.name == name || $0.friendlyName == name }
            guard let found else {
                let lowered = name.lowercased()
                let near = assertion.attributes.compactMap(\.name).first { $0.lowercased().hasSuffix("/" + lowered) || $0.lowercased().hasSuffix(lowered) }
                let names = assertion.attributes.compactMap(\.name)
                context.report("Mattermost's \(setting) is \"\(name)\", but no attribute has that Name or FriendlyName"
                               + (near.map { "; the IdP sends \"\($0)\", which is probably meant" } ?? " (the assertion has \(names.isEmpty ? "no attributes" : names.joined(separator: ", ")))") + ".",
                               at: position)
                continue
            }
            let values = found.values.map { $0.value.trimmingWhitespace() }
            if setting == "EmailAttribute", values.allSatisfy(\.isEmpty) {
                context.report("The \(name) attribute Mattermost reads as the email address is empty.", at: found.position)
            }
            if setting == "UsernameAttribute", let value = values.first, value.contains("@") {
                context.report("The username Mattermost would take from \(name) is \"\(value)\", which contains \"@\": not a valid Mattermost username.",
                               at: found.position, severity: .warning)
            }
        }
    }
}
