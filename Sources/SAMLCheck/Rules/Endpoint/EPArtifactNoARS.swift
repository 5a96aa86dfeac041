/// EP-ARTIFACT-NO-ARS: an entity that issues artifacts publishes an ArtifactResolutionService.
/// Reported by `samlcheck pair`: an entity's own endpoints say how it receives messages, not
/// how it sends them, so only its partner's endpoints show that it will issue artifacts.
struct EPArtifactNoARS: Rule, PairRule {
    static let description = RuleDescription(
        id: "EP-ARTIFACT-NO-ARS",
        title: "Artifact senders publish an ArtifactResolutionService",
        severity: .error,
        profiles: [.core],
        citation: "PROF §4.1.6; ERR E2 (BIND §3.6.7)",
        rationale: "The artifact issuer MUST provide at least one ArtifactResolutionService: the receiver turns the artifact into the message by calling it. An entity's own HTTP-Artifact endpoints say it can receive artifacts, not that it sends them, so this is judged for a pair: when the SP's ACS the IdP answers to takes HTTP-Artifact, the IdP issues the artifact and needs the service.",
        hint: "Publish an ArtifactResolutionService (SOAP) at the IdP, or make the SP's default ACS HTTP-POST.",
        examples: [
            .triggers(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SAML2/Artifact" index="1"/>"#),
                      idp: PairExamples.idp(roleAttributes: "↓")),
            .passes(sp: PairExamples.sp(PairExamples.spKey + "\n"
                + #"<md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/Shibboleth.sso/SLO/Artifact"/>"#
                + "\n" + ExampleMetadata.postACS),
                    idp: PairExamples.idp(),
                    note: "An SP's Artifact SingleLogoutService says it can receive artifacts; it is no proof that it sends them."),
        ])

    func check(pair: SSOPair, context: inout PairContext) {
        guard let acs = pair.acsUsed, acs.knownBinding == .httpArtifact, pair.idp.role.endpoints(.artifactResolutionService).isEmpty else { return }
        context.report("The IdP answers to the SP's \(acs.pairDescription), so it issues an artifact, but it publishes no ArtifactResolutionService for the SP to resolve it with.",
                       at: .idp(nil), related: .sp(acs.position))
    }
}
