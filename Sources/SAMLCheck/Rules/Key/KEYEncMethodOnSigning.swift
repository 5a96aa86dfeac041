/// KEY-ENCMETHOD-ON-SIGNING: EncryptionMethod belongs to encryption keys.
struct KEYEncMethodOnSigning: Rule {
    static let description = RuleDescription(
        id: "KEY-ENCMETHOD-ON-SIGNING",
        title: "EncryptionMethod only on encryption keys",
        severity: .warning,
        profiles: [.coreExt],
        citation: "ALG §2.3; UKF check_algsupport.xsl",
        rationale: "md:EncryptionMethod tells peers how to encrypt to a key; on a use=\"signing\" KeyDescriptor it means nothing and suggests the descriptors were mixed up.",
        hint: "Move the EncryptionMethod elements to the use=\"encryption\" KeyDescriptor.",
        examples: [
            .triggers(ExampleMetadata.sp("""
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>\(CertificateExamples.good)</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
              ↓<md:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes128-gcm"/>
            </md:KeyDescriptor>
            \(ExampleMetadata.postACS)
            """)),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) where key.knownUse == .signing {
            for method in key.encryptionMethods {
                context.report("EncryptionMethod \(method.algorithm ?? "(no Algorithm)") sits in a use=\"signing\" KeyDescriptor, where it means nothing.",
                               at: method.position)
            }
        }
    }
}
