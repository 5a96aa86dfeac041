/// EP-ARTIFACT-NO-TLS-KEY: the artifact back channel needs a key to authenticate with.
struct EPArtifactNoTLSKey: Rule {
    static let description = RuleDescription(
        id: "EP-ARTIFACT-NO-TLS-KEY",
        title: "Artifact endpoints come with a signing/TLS key",
        severity: .warning,
        profiles: [.core, .incommon],
        citation: "PROF §4.1.4.4; ERR E62; INC-EP (SP page)",
        rationale: "Artifact resolution is a mutually authenticated back-channel exchange, and the key peers accept for its TLS client authentication is the role's signing key (use=\"signing\" or no use). A role with an artifact ACS or an ArtifactResolutionService but no such key cannot complete it.",
        hint: "Publish the key the back channel uses as a KeyDescriptor with use=\"signing\" (or without use).",
        examples: [
            .triggers(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "encryption")).replacingFirst(
                ExampleMetadata.postACS,
                with: #"↓<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/acs/artifact" index="1"/>"#)),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good, use: "signing")).replacingFirst(
                ExampleMetadata.postACS,
                with: #"<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://sp.example.org/acs/artifact" index="1"/>"#)),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            let artifact = role.endpoints.first { $0.kind == .artifactResolutionService }
                ?? role.endpoints.first { $0.kind == .assertionConsumerService && $0.knownBinding == .httpArtifact }
            guard let artifact else { continue }
            if !role.publishesSigningKey {
                context.report("\(artifact.label) needs mutually authenticated TLS, but the \(role.kind.elementName) publishes no signing key for it.",
                               at: artifact.position)
            }
        }
    }
}
