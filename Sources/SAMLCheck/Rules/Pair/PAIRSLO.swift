/// PAIR-SLO: logout can pass between the SP and the IdP.
struct PAIRSLO: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-SLO",
        title: "Single logout can pass between SP and IdP",
        severity: .warning,
        profiles: [.core],
        citation: "PROF §4.4.5; S2I SDP-SP25–SP33, SDP-IDP24–IDP30",
        rationale: "An SP that publishes a SingleLogoutService takes part in single logout, which works only when the IdP has a SingleLogoutService with a binding the SP also uses (saml2int: HTTP-Redirect). Without one, logging out at the SP leaves the IdP session, and other SPs, logged in.",
        hint: "Give both sides a SingleLogoutService with the HTTP-Redirect binding, or drop the SP's if it does not do single logout.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"↓<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/Shibboleth.sso/SLO/Redirect"/>"#
                + "\n" + ExampleMetadata.postACS), idp: PairExamples.idp()),
            .passes(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sp.example.org/Shibboleth.sso/SLO/Redirect"/>"#
                + "\n" + ExampleMetadata.postACS),
                    idp: PairExamples.idp(PairExamples.idpKey + "\n"
                        + #"<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.org/idp/profile/SAML2/Redirect/SLO"/>"#
                        + "\n" + PairExamples.redirectSSO)),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        let spLogout = pair.sp.role.endpoints(.singleLogoutService)
        guard let first = spLogout.first else { return }
        let idpLogout = pair.idp.role.endpoints(.singleLogoutService)
        guard !idpLogout.isEmpty else {
            context.report("The SP takes part in single logout, but the IdP publishes no SingleLogoutService: logout at the SP leaves the IdP session open.",
                           at: .sp(first.position), related: .idp(nil))
            return
        }
        let common = Set(spLogout.compactMap(\.knownBinding)).intersection(idpLogout.compactMap(\.knownBinding))
        if common.isEmpty {
            context.report("The SP's SingleLogoutService bindings (\(Set(spLogout.map(\.bindingName)).sorted().joined(separator: ", "))) and the IdP's (\(Set(idpLogout.map(\.bindingName)).sorted().joined(separator: ", "))) have none in common.",
                           at: .sp(first.position), related: .idp(idpLogout[0].position))
        } else if pair.profiles.contains(.saml2int), !common.contains(.httpRedirect) {
            context.report("saml2int logout uses HTTP-Redirect, which SP and IdP do not both offer (in common: \(common.map(\.shortName).sorted().joined(separator: ", "))).",
                           at: .sp(first.position), related: .idp(idpLogout[0].position))
        }
    }
}
