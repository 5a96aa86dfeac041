/// PAIR-NAMEID: the NameID format the SP asks for is one the IdP offers.
struct PAIRNameID: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-NAMEID",
        title: "The NameID formats of SP and IdP meet",
        severity: .warning,
        profiles: [.core],
        citation: "CORE §3.4.1.1; S2I SDP-SP04; PROF §4.1.6",
        rationale: "An SP that asks for a NameID format (NameIDPolicy Format, usually the first NameIDFormat it lists) the IdP does not offer gets an InvalidNameIDPolicy error instead of an assertion. saml2int SPs should not ask for a format at all. Only judged when both sides list formats (or the AuthnRequest names one); unspecified matches anything.",
        hint: "Have the SP ask for a format the IdP lists (or none), or add the format to the IdP.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n↓<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n" + ExampleMetadata.postACS),
                      idp: PairExamples.idp(PairExamples.idpKey + "\n<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>\n" + PairExamples.redirectSSO)),
            .passes(sp: PairExamples.sp(PairExamples.spKey + "\n<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>\n" + ExampleMetadata.postACS),
                    idp: PairExamples.idp(PairExamples.idpKey + "\n<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>\n" + PairExamples.redirectSSO)),
        ])

    static let unspecified = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"

    func check(pair: SSOPair, context: inout PairContext) {
        let offered = pair.idp.role.nameIDFormats.map { $0.value.trimmingWhitespace() }
        guard !offered.isEmpty, !offered.contains(Self.unspecified) else { return }
        if let format = pair.request?.nameIDFormat?.trimmingWhitespace(), !format.isEmpty {
            guard format != Self.unspecified, !offered.contains(format) else { return }
            context.report("\((pair.request?.origin ?? "the AuthnRequest").capitalizedFirst) asks for the NameID format \(format), which the IdP does not list (\(offered.joined(separator: ", "))): expect InvalidNameIDPolicy.",
                           at: .sp(nil), related: .idp(pair.idp.role.nameIDFormats.first?.position))
            return
        }
        let wanted = pair.sp.role.nameIDFormats
        guard let first = wanted.first else { return }
        let formats = wanted.map { $0.value.trimmingWhitespace() }
        guard !formats.contains(Self.unspecified), formats.allSatisfy({ !offered.contains($0) }) else { return }
        context.report("The SP lists the NameID format\(formats.count == 1 ? "" : "s") \(formats.joined(separator: ", ")), none of which the IdP lists (\(offered.joined(separator: ", "))): an SP that asks for one gets InvalidNameIDPolicy.",
                       at: .sp(first.position), related: .idp(pair.idp.role.nameIDFormats.first?.position))
    }
}
