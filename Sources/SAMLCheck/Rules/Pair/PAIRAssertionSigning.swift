/// PAIR-ASSERTION-SIGNING: an SP that wants signed assertions gets them from this IdP.
struct PAIRAssertionSigning: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ASSERTION-SIGNING",
        title: "An SP that wants signed assertions gets them",
        severity: .warning,
        profiles: [.core],
        citation: "ERR E7; PROF §4.1.6",
        rationale: "WantAssertionsSigned=\"true\" asks the IdP to sign each Assertion, not only the Response that carries it. IdP metadata does not say what the IdP signs, so samlcheck infers it from the product the IdP's entityID and endpoints point to: Keycloak and the Shibboleth IdP sign the Response but not each Assertion out of the box. For an IdP it does not recognise, SP-WANTASSERTIONSSIGNED on the SP's side already says to make sure. Mattermost accepts a signed Response or signed Assertions, so it is not affected.",
        hint: "Have the IdP sign assertions for this SP (Keycloak: the client's \"Sign assertions\"; Shibboleth IdP: signAssertions in the relying-party configuration), or drop WantAssertionsSigned if the SP accepts a signed Response.",
        examples: [
            .triggers(sp: PairExamples.sp(roleAttributes: #"↓WantAssertionsSigned="true""#), idp: PairExamples.idp(),
                      note: "A Shibboleth IdP (recognised by its entityID) signs the Response, not each Assertion, by default."),
            .passes(sp: PairExamples.sp(roleAttributes: #"WantAssertionsSigned="false""#), idp: PairExamples.idp()),
            .passes(sp: PairExamples.mattermostSP(), idp: PairExamples.idp(), profiles: [.mattermost]),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        guard pair.sp.role.wantAssertionsSigned?.value == true, !pair.spIsMattermost else { return }
        switch IdPProduct.recognise(pair.idp) {
        case let product? where product.signsAssertionsByDefault == false:
            context.report("The SP wants signed assertions (WantAssertionsSigned=\"true\"), and the IdP looks like \(product.rawValue) (inferred from its entityID and endpoints), which signs the Response but not each Assertion unless configured to.",
                           at: .sp(nil), related: .idp(nil))
        default:
            // A product that signs assertions is fine; for one samlcheck does not recognise,
            // SP-WANTASSERTIONSSIGNED on the SP already says to make sure.
            return
        }
    }
}
