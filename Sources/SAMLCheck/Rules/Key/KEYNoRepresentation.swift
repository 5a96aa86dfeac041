/// KEY-NO-REPRESENTATION: KeyInfo with neither a certificate nor a key value.
struct KEYNoRepresentation: Rule {
    static let description = RuleDescription(
        id: "KEY-NO-REPRESENTATION",
        title: "KeyInfo carries a certificate or key value",
        // A MUST of the Metadata Interoperability Profile, which deployments opt into: a warning,
        // an error where a selected profile requires it (saml2int, through its implementation
        // profile IIP).
        severity: .warning,
        escalations: [.saml2int: .error],
        profiles: [.coreExt],
        citation: "IOP §2.5.1; UKF check_mdiop.xsl (\"KeyDescriptor does not contain a key representation\"), check_uk_trust.xsl (\"legacy KeyName\")",
        rationale: "The Metadata Interoperability Profile requires ds:KeyValue or ds:X509Data/ds:X509Certificate in every KeyInfo. A KeyName-only descriptor (a PKIX-era practice) gives peers nothing to verify with.",
        hint: "Publish the key itself: the certificate in ds:X509Data/ds:X509Certificate.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            <md:KeyDescriptor use="signing">
              ↓<ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:KeyName>idp.example.org</ds:KeyName></ds:KeyInfo>
            </md:KeyDescriptor>
            \(ExampleMetadata.redirectSSO)
            """)),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) + (entity.affiliation?.keyDescriptors ?? []) {
            guard let keyInfo = key.keyInfo, keyInfo.certificates.isEmpty, keyInfo.keyValues.isEmpty else { continue }
            let names = keyInfo.keyNames.map(\.value)
            let detail = names.isEmpty ? "" : " (only KeyName \(names.joined(separator: ", ")))"
            context.report("The KeyInfo has neither an X509Certificate nor a KeyValue\(detail): no key is published.", at: keyInfo.position)
        }
    }
}
