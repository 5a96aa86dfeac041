/// PAIR-ACS-URL-MATCH: the ACS URL in the SP's AuthnRequest is one of its ACS Locations.
struct PAIRACSURLMatch: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ACS-URL-MATCH",
        title: "The requested ACS URL is in the SP's metadata",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.1; S2I SDP-SP06, SDP-IDP06",
        rationale: "An IdP answers to the AssertionConsumerServiceURL of the AuthnRequest only if it is exactly one of the ACS Locations in the SP's metadata: compared as strings, case-sensitive, with no normalisation (a port, a trailing slash or http for https is a different URL). Otherwise it refuses the request. Checked when the URL is given with --acs-url or read from the AuthnRequest given with --request.",
        hint: "Make the SP send exactly an ACS Location of its metadata (for Mattermost, Service Provider Login URL = Site URL + /login/sso/saml), or publish the URL it sends.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n↓" + ExampleMetadata.postACS), idp: PairExamples.idp(),
                      acsURL: "https://sp.example.org:443/Shibboleth.sso/SAML2/POST"),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp(), acsURL: "https://sp.example.org/Shibboleth.sso/SAML2/POST"),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        guard let request = pair.request else {
            context.notChecked("give the ACS URL the SP sends with --acs-url, or its AuthnRequest with --request")
            return
        }
        guard let url = request.acsURL else {
            context.notChecked("\(request.origin) names no AssertionConsumerServiceURL (the IdP then uses the default ACS)")
            return
        }
        let services = pair.spACSEndpoints
        guard !services.contains(where: { $0.location == url }) else { return }
        let near = services.first { Self.loosely($0.location ?? "") == Self.loosely(url) }
        var message = "\(request.origin.capitalizedFirst) asks for the ACS URL \(url), which is not an AssertionConsumerService Location of the SP: the IdP will refuse the request."
        if let near { message += " The nearest is \(near.location ?? ""), which an IdP does not treat as the same URL." }
        context.report(message, at: .sp((near ?? services.first)?.position), related: .idp(nil))
    }

    /// For pointing at the URL the user probably meant: lower case, no default port, no trailing slash.
    static func loosely(_ url: String) -> String {
        var text = url.lowercased()
        for port in [":443/", ":80/"] { text = text.replacingFirst(port, with: "/") }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
