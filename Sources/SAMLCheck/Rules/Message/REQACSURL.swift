/// REQ-ACS-URL: the requested ACS URL is one of the SP's.
struct REQACSURL: Rule, MessageRule {
    static let messageKinds: Set<SAMLMessage.Kind> = [.authnRequest]
    static let description = RuleDescription(
        id: "REQ-ACS-URL",
        title: "The requested ACS URL is in the SP's metadata",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.1; S2I SDP-SP05, SDP-SP06, SDP-IDP06",
        rationale: "An IdP sends the response only to an ACS URL that exactly matches a Location in the SP's metadata (an unsigned request could otherwise redirect the assertion anywhere); a mismatch gives an IdP error page before any login. saml2int also forbids requesting an ACS by index.",
        hint: "Make the SP request one of its published ACS URLs exactly (scheme, host, port, path), or add the URL to its metadata.",
        examples: [
            .triggers(message: MessageExamples.authnRequest(("<samlp:AuthnRequest", "↓<samlp:AuthnRequest"),
                                                            ("AssertionConsumerServiceURL=\"https://sp.example.org/Shibboleth.sso/SAML2/POST\"", "AssertionConsumerServiceURL=\"http://sp.example.org/Shibboleth.sso/SAML2/POST\"")),
                      receiver: MessageExamples.receiver),
            .passes(message: MessageExamples.authnRequest(), receiver: MessageExamples.receiver),
        ])

    func check(message: MessageCase, context: inout MessageContext) {
        guard let request = message.message.request else { return }
        if request.acsIndex != nil, message.profiles.contains(.saml2int) {
            context.report("The request names its ACS by index; saml2int requires the URL (or nothing).")
        }
        guard let url = request.acsURL else { return }
        guard message.sp != nil else {
            context.notChecked("Give the SP's metadata with --sp to compare the requested ACS URL with it.")
            return
        }
        let locations = message.spACSLocations
        if !locations.contains(url) {
            context.report("AssertionConsumerServiceURL \"\(url)\" matches none of the SP's ACS locations (\(locations.joined(separator: ", "))).")
        }
    }
}
