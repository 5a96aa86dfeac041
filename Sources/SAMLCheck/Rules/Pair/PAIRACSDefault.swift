/// PAIR-ACS-DEFAULT: IdP-initiated SSO reaches the SP's default ACS with a binding the IdP answers with.
struct PAIRACSDefault: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ACS-DEFAULT",
        title: "IdP-initiated SSO reaches a usable default ACS",
        severity: .warning,
        profiles: [.core],
        citation: "PROF §4.1.5; META §2.2.3",
        rationale: "An IdP-initiated (unsolicited) Response goes to the SP's effective default ACS: the first with isDefault=\"true\", else the first without isDefault=\"false\", else the first. When that endpoint's binding is not one the IdP answers with, IdP-initiated SSO fails even though SP-initiated SSO works.",
        hint: "Mark an HTTP-POST AssertionConsumerService isDefault=\"true\" at the SP.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Location="https://sp.example.org/ECP" index="1"/>"#
                + "\n" + ExampleMetadata.postACS.replacingFirst(#"index="1""#, with: #"index="2""#)),
                      idp: PairExamples.idp(), note: "The ECP endpoint comes first and no ACS is marked default."),
            .passes(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:PAOS" Location="https://sp.example.org/ECP" index="1"/>"#
                + "\n" + ExampleMetadata.postACS.replacingFirst(#"index="1""#, with: #"index="2" isDefault="true""#)),
                    idp: PairExamples.idp()),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        let answerable = pair.idpResponseBindings
        // With no usable ACS at all, PAIR-ACS-BINDING says so.
        guard pair.spACSEndpoints.contains(where: { $0.knownBinding.map(answerable.contains) ?? false }),
              let fallback = pair.effectiveDefaultACS, !(fallback.knownBinding.map(answerable.contains) ?? false) else { return }
        context.report("IdP-initiated SSO sends the Response to the SP's default ACS, \(fallback.pairDescription), whose binding the IdP does not answer with.",
                       at: .sp(fallback.position), related: .idp(nil))
    }
}
