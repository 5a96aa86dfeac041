/// KEY-MULTI-CERT: one certificate per KeyDescriptor.
struct KEYMultiCert: Rule {
    static let description = RuleDescription(
        id: "KEY-MULTI-CERT",
        title: "One certificate per KeyDescriptor",
        // A MUST of the Metadata Interoperability Profile, which deployments opt into: a warning,
        // an error where a selected profile requires it (saml2int, through its implementation
        // profile IIP).
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.coreExt],
        citation: "IOP §2.5.1; UKF check_mdiop.xsl",
        rationale: "Only a single certificate is permitted per KeyDescriptor; products differ in which one they use when there are several (often just the first), so a rollover key or a chain there is silently ignored.",
        hint: "Give each key its own KeyDescriptor; do not publish CA chains in metadata.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            ↓<md:KeyDescriptor use="signing">
              <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>
                <ds:X509Certificate>\(CertificateExamples.good)</ds:X509Certificate>
                <ds:X509Certificate>\(CertificateExamples.goodSecond)</ds:X509Certificate>
              </ds:X509Data></ds:KeyInfo>
            </md:KeyDescriptor>
            \(ExampleMetadata.redirectSSO)
            """)),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good),
                                            CertificateExamples.keyDescriptor(CertificateExamples.goodSecond))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) + (entity.affiliation?.keyDescriptors ?? []) {
            let count = key.keyInfo?.certificates.count ?? 0
            if count > 1 {
                context.report("The KeyDescriptor holds \(count) certificates; only one is permitted.", at: key.position)
            }
        }
    }
}
