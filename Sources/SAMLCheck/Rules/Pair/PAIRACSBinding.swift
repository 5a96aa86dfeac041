/// PAIR-ACS-BINDING: the IdP can deliver its Response to one of the SP's ACS endpoints.
struct PAIRACSBinding: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ACS-BINDING",
        title: "The IdP can answer to an SP ACS endpoint",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.2 step 5; S2I SDP-SP08, SDP-IDP08",
        rationale: "The IdP delivers the Response through the browser to an AssertionConsumerService with HTTP-POST, HTTP-POST-SimpleSign or HTTP-Artifact. IdP metadata does not list the bindings it answers with, so these are assumed; an SP whose ACS endpoints are all HTTP-Redirect (too small for a signed assertion), SOAP or PAOS has nowhere a browser response can go.",
        hint: "Publish an AssertionConsumerService with the HTTP-POST binding at the SP.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/acs" index="1"/>"#),
                      idp: PairExamples.idp()),
            .passes(sp: PairExamples.sp(), idp: PairExamples.idp()),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        let services = pair.spACSEndpoints
        guard let first = services.first else {
            context.report("The SP publishes no AssertionConsumerService: the IdP has nowhere to send the Response.", at: .sp(nil), related: .idp(nil))
            return
        }
        let answerable = pair.idpResponseBindings
        guard !services.contains(where: { $0.knownBinding.map(answerable.contains) ?? false }) else { return }
        let bindings = Array(Set(services.map(\.bindingName))).sorted().joined(separator: ", ")
        context.report("None of the SP's AssertionConsumerService bindings (\(bindings)) is one an IdP answers with (HTTP-POST, HTTP-POST-SimpleSign, HTTP-Artifact; inferred, as IdP metadata does not list them).",
                       at: .sp(first.position), related: .idp(pair.idpSSOEndpoints.first?.position))
    }
}
