/// PAIR-TRUST: each side can trust the other's metadata.
struct PAIRTrust: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-TRUST",
        title: "Each side can trust the other's metadata",
        severity: .info,
        profiles: [.core],
        citation: "IOP §2.3; RPI §2.1",
        rationale: "Each party must get the other's metadata from a source it trusts: a federation feed whose signature it verifies, or a copy exchanged over a trusted channel (an upload). Metadata fetched from a URL with no signature verified against a trusted key rests on TLS alone; entities registered by different federations trust each other's metadata only through interfederation (eduGAIN). A local file says nothing about how the partner gets it, so it is not judged.",
        hint: "Exchange metadata through a federation feed both trust, or over a channel you trust, and check its signature with --trust.",
        examples: [
            .triggers(sp: PairExamples.sp(roleAttributes: "↓", extensions: MDRPI.registrationInfo(authority: "https://federation.northwind.edu")),
                      idp: PairExamples.idp(extensions: MDRPI.registrationInfo(authority: "https://federation.southwind.ac.uk")),
                      note: "Registered by two federations: they must be interfederated."),
            .passes(sp: PairExamples.sp(extensions: MDRPI.registrationInfo(authority: "https://federation.northwind.edu")),
                    idp: PairExamples.idp(extensions: MDRPI.registrationInfo(authority: "https://federation.northwind.edu"))),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        for (side, place, other, name) in [(pair.sp, PairContext.Place.sp(nil), PairContext.Place.idp(nil), "SP"),
                                           (pair.idp, .idp(nil), .sp(nil), "IdP")] {
            guard let fetch = side.fetch, side.signature.status != .valid else { continue }
            context.report("The \(name)'s metadata came from \(fetch.url) and its signature is \(side.signature.status.rawValue) here: a partner that fetches it the same way trusts it on \(fetch.tlsVerified ? "TLS alone" : "nothing (plain http)").",
                           at: place, related: other)
        }
        if let spAuthority = pair.sp.registrationAuthority, let idpAuthority = pair.idp.registrationAuthority, spAuthority != idpAuthority {
            context.report("SP and IdP are registered by different federations (\(spAuthority), \(idpAuthority)): they trust each other's metadata only through interfederation.",
                           at: .sp(nil), related: .idp(nil))
        }
    }
}
