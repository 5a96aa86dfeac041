/// PAIR-ALG-SIGNING: the signer and the verifier have a signature algorithm in common.
struct PAIRAlgSigning: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ALG-SIGNING",
        title: "Signer and verifier share a signature algorithm",
        severity: .error,
        profiles: [.core],
        citation: "ALG §2.4, §2.5; IIP IIP-MD10; S2I SDP-ALG01",
        rationale: "alg:SigningMethod and alg:DigestMethod list, in order of preference, what an entity supports (a role's own list replaces its entity's; no list says nothing). When both sides declare them, the IdP's response signatures (and the SP's request signatures, when it signs them) need a method the other side lists: none in common is an error, only SHA-1 in common a warning.",
        hint: "Add rsa-sha256 (and sha256) to both sides' algorithm lists, or fix the side that lists only what the other cannot do.",
        examples: [
            .triggers(sp: PairExamples.sp(extensions: #"<alg:SigningMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>"#),
                      idp: PairExamples.idp(extensions: #"↓<alg:SigningMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>"#)),
            .passes(sp: PairExamples.sp(extensions: #"<alg:SigningMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>"#),
                    idp: PairExamples.idp(extensions: #"<alg:SigningMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>"#)),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        compare(signer: pair.idp, verifier: pair.sp, what: "the IdP's response signatures", signerIsIdP: true, context: &context)
        if pair.spSignsRequests {
            compare(signer: pair.sp, verifier: pair.idp, what: "the SP's request signatures", signerIsIdP: false, context: &context)
        }
    }

    private func compare(signer: PairSide, verifier: PairSide, what: String, signerIsIdP: Bool, context: inout PairContext) {
        let signerPlace: PairContext.Place = signerIsIdP ? .idp(signer.algorithmDeclarationPosition) : .sp(signer.algorithmDeclarationPosition)
        let verifierPlace: PairContext.Place = signerIsIdP ? .sp(verifier.algorithmDeclarationPosition) : .idp(verifier.algorithmDeclarationPosition)
        for (kind, signerList, verifierList) in [("signing method", signer.signingMethods, verifier.signingMethods),
                                                  ("digest method", signer.digestMethods, verifier.digestMethods)] {
            guard let offered = signerList, let accepted = verifierList else { continue }
            let common = offered.filter(accepted.contains)
            if common.isEmpty {
                context.report("No \(kind) in common for \(what): the signer lists \(Self.names(offered)), the verifier \(Self.names(accepted)).",
                               at: signerPlace, related: verifierPlace)
            } else if common.allSatisfy(Self.isSHA1) {
                context.report("The only \(kind) in common for \(what) is SHA-1 based (\(Self.names(common))): the weakest choice, and refused by strict verifiers.",
                               at: signerPlace, related: verifierPlace, severity: .warning)
            }
        }
    }

    static func names(_ uris: [String]) -> String { uris.map(AlgorithmCatalogue.shortName).joined(separator: ", ") }

    static func isSHA1(_ uri: String) -> Bool {
        AlgorithmCatalogue.digests[uri] == "sha1" || AlgorithmCatalogue.signingMethods[uri]?.hash == "sha1"
    }
}
