/// PAIR-ARTIFACT: an artifact-bound Response can be resolved over a mutually authenticated back channel.
struct PAIRArtifact: Rule, PairRule {
    static let description = RuleDescription(
        id: "PAIR-ARTIFACT",
        title: "Artifact resolution between SP and IdP can work",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.4.4, §4.1.6; ERR E2, E62",
        rationale: "When the ACS the IdP answers to takes HTTP-Artifact, the SP resolves the artifact by calling the IdP's ArtifactResolutionService over SOAP, and both ends authenticate each other with the keys in their metadata (signing or unmarked KeyDescriptors double as TLS keys). An ArtifactResolutionService that is not SOAP, or an SP without such a key, breaks the back channel. (An IdP with no ArtifactResolutionService at all is EP-ARTIFACT-NO-ARS.)",
        hint: "Give the IdP a SOAP ArtifactResolutionService and the SP a signing (or unmarked) KeyDescriptor, or make the SP's default ACS HTTP-POST.",
        examples: [
            .triggers(sp: PairExamples.sp(
                #"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SAML2/Artifact" index="1"/>"#),
                      idp: PairExamples.idp(PairExamples.idpKey + "\n"
                        + #"<md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>"#
                        + "\n" + PairExamples.redirectSSO),
                      note: "The SP has no key to authenticate itself with on the back channel."),
            .passes(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SAML2/Artifact" index="1"/>"#),
                    idp: PairExamples.idp(PairExamples.idpKey + "\n"
                        + #"<md:ArtifactResolutionService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.org:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>"#
                        + "\n" + PairExamples.redirectSSO)),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        guard let acs = pair.acsUsed, acs.knownBinding == .httpArtifact else { return }
        let resolvers = pair.idp.role.endpoints(.artifactResolutionService)
        guard !resolvers.isEmpty else { return }  // EP-ARTIFACT-NO-ARS
        if !resolvers.contains(where: { $0.knownBinding == .soap }) {
            context.report("The SP's ACS \(acs.pairDescription) takes artifacts, but the IdP's ArtifactResolutionService is not SOAP (\(resolvers[0].bindingName)), so the SP cannot resolve them.",
                           at: .idp(resolvers[0].position), related: .sp(acs.position))
        }
        if !pair.sp.role.keyDescriptors.contains(where: { $0.isUsableForSigning && !($0.keyInfo?.certificates.isEmpty ?? true) }) {
            context.report("The SP's ACS \(acs.pairDescription) takes artifacts, but the SP publishes no signing (or unmarked) key to authenticate itself with when it calls the IdP's ArtifactResolutionService.",
                           at: .sp(acs.position), related: .idp(resolvers[0].position))
        }
        if !pair.idp.role.keyDescriptors.contains(where: { $0.isUsableForSigning && !($0.keyInfo?.certificates.isEmpty ?? true) }) {
            context.report("The IdP publishes no signing (or unmarked) key, which the SP needs to authenticate the IdP's ArtifactResolutionService.",
                           at: .idp(resolvers[0].position), related: .sp(acs.position))
        }
    }
}
