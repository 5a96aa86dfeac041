/// PAIR-SSO-BINDING: the SP can reach one of the IdP's SingleSignOnService endpoints.
struct PAIRSSOBinding: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-SSO-BINDING",
        title: "The SP can send its AuthnRequest to an IdP SSO endpoint",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.2 step 3, §4.1.3.3; S2I SDP-SP02, SDP-IDP02",
        rationale: "The SP sends its AuthnRequest through the browser to a SingleSignOnService whose binding it can use: HTTP-Redirect or HTTP-POST (saml2int makes both sides support Redirect). An IdP whose SSO endpoints are all SOAP, Artifact or unknown bindings cannot be reached. A Mattermost SP sends HTTP-Redirect to the first SingleSignOnService the IdP lists, whatever its binding: that works when the IdP also has a Redirect endpoint at that URL, not when it has one URL per binding.",
        hint: "Publish a SingleSignOnService with the HTTP-Redirect binding (and HTTP-POST) at the IdP; for a Mattermost SP, list the Redirect endpoint first.",
        examples: [
            .triggers(sp: PairExamples.sp(), idp: PairExamples.idp(PairExamples.idpKey + "\n"
                + #"↓<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org/idp/profile/SAML2/SOAP/ECP"/>"#),
                      note: "The only SSO endpoint is SOAP (ECP): no browser can send to it."),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp()),
            .triggers(sp: PairExamples.mattermostSP(), idp: PairExamples.idp(PairExamples.idpKey + "\n↓" + PairExamples.postSSO + "\n" + PairExamples.redirectSSO),
                      profiles: [.mattermost], note: "Mattermost redirects to the first SingleSignOnService, here the HTTP-POST one, at a URL of its own."),
            .passes(sp: PairExamples.mattermostSP(), idp: PairExamples.idp(), profiles: [.mattermost]),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        let endpoints = pair.idpSSOEndpoints
        guard let first = endpoints.first else {
            context.report("The IdP publishes no SingleSignOnService: the SP has nowhere to send its AuthnRequest.", at: .idp(nil), related: .sp(nil))
            return
        }
        if pair.spIsMattermost {
            // Products that serve every binding at one URL (Okta, Keycloak) read the Redirect
            // request there too; one with a URL per binding (OneLogin) does not.
            let redirectLocations = endpoints.filter { $0.knownBinding == .httpRedirect }.compactMap(\.location)
            guard first.knownBinding != .httpRedirect, !redirectLocations.contains(first.location ?? "") else { return }
            context.report("Mattermost sends its AuthnRequest by HTTP-Redirect to the IdP's first SingleSignOnService, which is \(first.pairDescription), and no HTTP-Redirect endpoint has that URL: the IdP will not read a Redirect request there.",
                           at: .idp(first.position), related: .sp(nil))
            return
        }
        guard pair.ssoEndpointUsed == nil else { return }
        let bindings = Array(Set(endpoints.map(\.bindingName))).sorted().joined(separator: ", ")
        context.report("None of the IdP's SingleSignOnService bindings (\(bindings)) is one an SP sends an AuthnRequest with (HTTP-Redirect, HTTP-POST).",
                       at: .idp(first.position), related: .sp(nil))
    }
}
