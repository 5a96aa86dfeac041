/// KEY-KEYINFO-NONDS: KeyInfo children outside the XML-Signature namespace.
struct KEYKeyInfoNonDS: Rule {
    static let description = RuleDescription(
        id: "KEY-KEYINFO-NONDS",
        title: "KeyInfo holds only XML-Signature elements",
        severity: .warning,
        profiles: [.ops],
        citation: "UKF check_shibboleth.xsl",
        rationale: "Children of ds:KeyInfo outside the ds namespace are not interoperable; most consumers ignore them, so a key published that way is not seen.",
        hint: "Publish the key as ds:X509Data/ds:X509Certificate.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                ↓<x:Key xmlns:x="urn:example:keys">idp-2026</x:Key>
                <ds:X509Data><ds:X509Certificate>\(CertificateExamples.good)</ds:X509Certificate></ds:X509Data>
              </ds:KeyInfo>
            </md:KeyDescriptor>
            \(ExampleMetadata.redirectSSO)
            """)),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) {
            for child in key.keyInfo?.otherChildren ?? [] where child.namespace != XMLNamespace.xmldsig && child.namespace != XMLNamespace.xmldsig11 {
                context.report("ds:KeyInfo contains \(child.displayName), outside the XML-Signature namespace.", at: child.position)
            }
        }
    }
}
