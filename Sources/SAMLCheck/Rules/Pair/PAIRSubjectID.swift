/// PAIR-SUBJECTID: the subject identifier the SP requires is one the IdP releases.
struct PAIRSubjectID: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-SUBJECTID",
        title: "The subject identifier the SP requires is available",
        severity: .info,
        profiles: [.core],
        citation: "SUBJ; S2I SDP-SP15, SDP-IDP15",
        rationale: "An SP states which subject identifier it needs with the subject-id:req entity attribute (subject-id, pairwise-id, any or none). An IdP that advertises the attributes it can release (saml:Attribute in its IDPSSODescriptor) shows whether it can meet that; one that advertises none leaves it open.",
        hint: "Release the identifier the SP requires (urn:oasis:names:tc:SAML:attribute:subject-id or …:pairwise-id), or agree on another with the SP.",
        examples: [
            .triggers(sp: PairExamples.sp(roleAttributes: "↓", extensions: PairExamples.entityAttribute("urn:oasis:names:tc:SAML:profiles:subject-id:req", values: ["pairwise-id"])),
                      idp: PairExamples.idp(PairExamples.idpKey + "\n" + PairExamples.redirectSSO + "\n"
                        + #"<saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="urn:oasis:names:tc:SAML:attribute:subject-id" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>"#)),
            .passes(sp: PairExamples.sp(extensions: PairExamples.entityAttribute("urn:oasis:names:tc:SAML:profiles:subject-id:req", values: ["any"])),
                    idp: PairExamples.idp(PairExamples.idpKey + "\n" + PairExamples.redirectSSO + "\n"
                        + #"<saml:Attribute xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="urn:oasis:names:tc:SAML:attribute:subject-id" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"/>"#)),
        ])

    static let requirement = "urn:oasis:names:tc:SAML:profiles:subject-id:req"
    static let subjectID = "urn:oasis:names:tc:SAML:attribute:subject-id"
    static let pairwiseID = "urn:oasis:names:tc:SAML:attribute:pairwise-id"

    func check(pair: SSOPair, context: inout PairContext) {
        guard let required = pair.sp.entityAttributeValues(Self.requirement).first, required != "none" else { return }
        let acceptable: Set<String>
        switch required {
        case "subject-id": acceptable = [Self.subjectID]
        case "pairwise-id": acceptable = [Self.pairwiseID]
        case "any": acceptable = [Self.subjectID, Self.pairwiseID]
        default: return  // ATTR rules judge unknown values
        }
        let advertised = pair.idp.advertisedAttributeNames
        if advertised.isEmpty {
            context.report("The SP requires \(required) (subject-id:req); the IdP advertises no attributes, so whether it releases one cannot be told from metadata.",
                           at: .sp(nil), related: .idp(nil))
        } else if advertised.isDisjoint(with: acceptable) {
            let names = acceptable.sorted()
            let wanted = names.count == 1 ? names[0] : "either " + names.joined(separator: " or ")
            context.report("The SP requires \(required) (subject-id:req), and the IdP does not advertise \(wanted) among its attributes.",
                           at: .sp(nil), related: .idp(nil))
        }
    }
}
