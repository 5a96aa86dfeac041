/// RESP-ATTR-SCOPE: scoped attribute values are within the IdP's scopes.
struct RESPAttrScope: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.response, .assertion]
    static let description = RuleDescription(
        id: "RESP-ATTR-SCOPE",
        title: "Scoped attributes are within the IdP's scopes",
        severity: .warning,
        profiles: [.core],
        citation: "S2I SDP-SP16, SDP-SP17; SHIBMD",
        rationale: "eduPersonPrincipalName, eduPersonScopedAffiliation, subject-id and pairwise-id carry a scope after the @; an SP must accept only the scopes the IdP's metadata lists (shibmd:Scope), or any IdP could assert users of another organisation. SPs that check drop such values silently.",
        hint: "Release values in one of the IdP's registered scopes, or register the scope with the federation.",
        examples: [
            .triggers(message: MessageExamples.response(("<saml:AttributeValue>jdoe@example.org</saml:AttributeValue>", "↓<saml:AttributeValue>jdoe@example.com</saml:AttributeValue>")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.response(), receiver: MessageExamples.receiver),
        ])

    static let scopedNames: Set<String> = [
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "urn:oid:1.3.6.1.4.1.5923.1.1.1.9",
        "urn:oasis:names:tc:SAML:attribute:subject-id", "urn:oasis:names:tc:SAML:attribute:pairwise-id",
        "eduPersonPrincipalName", "eduPersonScopedAffiliation",
    ]

    func check(message: MessageCase, context: inout MessageContext) {
        guard let assertion = message.message.consumedAssertion else { return }
        let scoped = assertion.attributes.filter { Self.scopedNames.contains($0.name ?? "") }
        guard !scoped.isEmpty else { return }
        guard let idp = message.idp else {
            context.notChecked("Give the IdP's metadata with --idp to compare scoped attributes with its scopes.")
            return
        }
        let scopes = idp.entity.scopeElements.map(\.scope)
        let literal = Set(scopes.filter { $0.attribute("regexp")?.trimmingWhitespace() != "true" }.map(\.trimmedText))
        let patterns = scopes.filter { $0.attribute("regexp")?.trimmingWhitespace() == "true" }.compactMap { try? Regex($0.trimmedText) }
        for attribute in scoped {
            for value in attribute.values {
                let text = value.value.trimmingWhitespace()
                guard let at = text.lastIndex(of: "@") else {
                    context.report("The value \"\(text)\" of \(attribute.friendlyName ?? attribute.name ?? "a scoped attribute") has no scope.", at: value.position)
                    continue
                }
                let scope = String(text[text.index(after: at)...])
                if literal.contains(scope) || patterns.contains(where: { (try? $0.wholeMatch(in: scope)) != nil }) { continue }
                let listed = scopes.isEmpty ? "the IdP lists no shibmd:Scope" : "the IdP's scopes are \(scopes.map(\.trimmedText).joined(separator: ", "))"
                context.report("The scope \"\(scope)\" of \(attribute.friendlyName ?? attribute.name ?? "a scoped attribute") is not the IdP's: \(listed).", at: value.position)
            }
        }
    }
}
