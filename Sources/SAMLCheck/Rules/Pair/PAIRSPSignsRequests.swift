/// PAIR-SP-SIGNS-REQUESTS: an SP that signs its AuthnRequests can be verified by the IdP.
struct PAIRSPSignsRequests: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-SP-SIGNS-REQUESTS",
        title: "The IdP can verify the SP's signed requests",
        severity: .info,
        profiles: [.core],
        citation: "ERR E7; BIND §3.4.4.1; ALG §2.5",
        rationale: "AuthnRequestsSigned=\"true\" means the IdP MUST reject unsigned requests from the SP, so it must find the SP's signing key in the SP's metadata. With the HTTP-Redirect binding the signature algorithm travels as SigAlg, and an IdP that declares its signing methods (alg:SigningMethod) may refuse one it does not list. Reported as info when all is in place, as an error when the IdP cannot verify.",
        hint: "Publish the SP's signing certificate in a signing (or unmarked) KeyDescriptor, and sign with an algorithm the IdP lists (rsa-sha256).",
        examples: [
            .triggers(sp: PairExamples.sp(roleAttributes: #"↓AuthnRequestsSigned="true""#), idp: PairExamples.idp()),
            .triggers(sp: PairExamples.sp(roleAttributes: #"↓AuthnRequestsSigned="true""#),
                      idp: PairExamples.idp(extensions: #"<alg:SigningMethod xmlns:alg="urn:oasis:names:tc:SAML:metadata:algsupport" Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>"#),
                      note: "The IdP only lists ecdsa-sha256; the SP (declaring nothing) is taken to sign with rsa-sha256: an error."),
            .passes(sp: PairExamples.sp(roleAttributes: #"AuthnRequestsSigned="false""#), idp: PairExamples.idp()),
        ])

    /// What an SP that declares nothing signs with: saml2int's rsa-sha256 (also Mattermost's
    /// default since v11).
    static let assumedSigningMethod = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"

    func check(pair: SSOPair, context: inout PairContext) {
        guard pair.spSignsRequests else { return }
        let signingKeys = pair.sp.role.keyDescriptors.filter { $0.isUsableForSigning && !($0.keyInfo?.certificates.isEmpty ?? true) }
        guard let key = signingKeys.first else {
            context.report("The SP signs its AuthnRequests (AuthnRequestsSigned=\"true\") but publishes no signing certificate: the IdP cannot verify them and must reject them.",
                           at: .sp(nil), related: .idp(nil), severity: .error)
            return
        }
        // Declared on both sides: PAIR-ALG-SIGNING compares the lists.
        if pair.sp.signingMethods == nil, let accepted = pair.idp.signingMethods, !accepted.contains(Self.assumedSigningMethod) {
            context.report("The SP signs its AuthnRequests and declares no signing method, so it is taken to use rsa-sha256 (inferred); the IdP lists only \(accepted.map(AlgorithmCatalogue.shortName).joined(separator: ", ")).",
                           at: .sp(nil), related: .idp(pair.idp.algorithmDeclarationPosition), severity: .error)
            return
        }
        let certificate = key.keyInfo?.certificates.first.flatMap { pair.sp.certificates.info(for: $0) }
        let described = certificate.map { " (\($0.subject.isEmpty ? "no subject" : $0.subject), \($0.fingerprint.short))" } ?? ""
        context.report("The SP signs its AuthnRequests with the key at line \(key.position.line)\(described); the IdP verifies them with it and rejects unsigned ones.",
                       at: .sp(nil), related: .idp(nil))
    }
}
