/// PAIR-AUTHNREQ-SIGNING: an IdP that wants signed AuthnRequests gets them.
struct PAIRAuthnReqSigning: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-AUTHNREQ-SIGNING",
        title: "An IdP that wants signed requests gets them",
        severity: .warning,
        profiles: [.core],
        citation: "ERR E7; S2I SDP-IDP04",
        rationale: "WantAuthnRequestsSigned=\"true\" tells SPs the IdP expects signed AuthnRequests; an SP that does not say it signs them (AuthnRequestsSigned) \"might reasonably expect an unsigned request will be rejected\" (warning). An SP with no signing key cannot sign at all (error).",
        hint: "Have the SP sign its AuthnRequests and say so (AuthnRequestsSigned=\"true\", with a signing key in its metadata), or relax WantAuthnRequestsSigned at the IdP.",
        serviceProviderHints: [.mattermost: "Turn on System Console > Authentication > SAML 2.0 > Sign Request (SamlSettings.SignRequest); it needs the Service Provider private key and public certificate (and with them encryption)."],
        examples: [
            .triggers(sp: PairExamples.sp(roleAttributes: #"AuthnRequestsSigned="false""#),
                      idp: PairExamples.idp(roleAttributes: #"↓WantAuthnRequestsSigned="true""#)),
            .triggers(sp: PairExamples.sp(ExampleMetadata.postACS), idp: PairExamples.idp(roleAttributes: #"↓WantAuthnRequestsSigned="true""#),
                      note: "The SP publishes no key at all: an error."),
            .passes(sp: PairExamples.sp(roleAttributes: #"AuthnRequestsSigned="true""#),
                    idp: PairExamples.idp(roleAttributes: #"WantAuthnRequestsSigned="true""#)),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        guard pair.idpWantsSignedRequests else { return }
        let canSign = pair.sp.role.keyDescriptors.contains { $0.isUsableForSigning && !($0.keyInfo?.certificates.isEmpty ?? true) }
        if !canSign {
            context.report("The IdP wants signed AuthnRequests (WantAuthnRequestsSigned=\"true\"), but the SP publishes no signing key: it cannot sign them, and the IdP will reject what it sends.",
                           at: .idp(nil), related: .sp(nil), severity: .error)
        } else if !pair.spSignsRequests {
            let stated = pair.sp.role.authnRequestsSigned.map { "AuthnRequestsSigned=\"\($0.lexical)\"" } ?? "no AuthnRequestsSigned"
            context.report("The IdP wants signed AuthnRequests (WantAuthnRequestsSigned=\"true\"), and the SP's metadata says it does not sign them (\(stated)): expect its requests to be rejected.",
                           at: .idp(nil), related: .sp(nil),
                           hint: pair.spIsMattermost ? Self.description.serviceProviderHints[.mattermost] : nil)
        }
    }
}
