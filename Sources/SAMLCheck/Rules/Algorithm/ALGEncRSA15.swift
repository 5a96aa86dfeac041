/// ALG-ENC-RSA15: RSA PKCS#1 v1.5 key transport offered for encryption.
struct ALGEncRSA15: Rule {
    static let description = RuleDescription(
        id: "ALG-ENC-RSA15",
        title: "No rsa-1_5 key transport",
        severity: .error,
        profiles: [.secBP],
        citation: "ERR E93 (SAMLSec §4.6); IIP IIP-ALG08; UKF check_uk_algorithms.xsl",
        rationale: "RSA PKCS#1 v1.5 key transport is open to padding-oracle attacks that recover the content key; Shibboleth IdPs refuse it by default, so listing it is insecure or useless.",
        hint: "Replace rsa-1_5 with http://www.w3.org/2009/xmlenc11#rsa-oaep (or rsa-oaep-mgf1p).",
        examples: [
            .triggers(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "↓http://www.w3.org/2001/04/xmlenc#rsa-1_5"]))),
            .passes(CertificateExamples.sp(CertificateExamples.keyDescriptor(
                CertificateExamples.good, use: "encryption",
                encryptionMethods: ["http://www.w3.org/2009/xmlenc11#aes128-gcm", "http://www.w3.org/2009/xmlenc11#rsa-oaep"]))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for role in entity.roles {
            for key in role.keyDescriptors {
                for method in key.encryptionMethods where method.algorithm?.trimmingWhitespace() == "http://www.w3.org/2001/04/xmlenc#rsa-1_5" {
                    context.report("\(role.kind.elementName) offers RSA PKCS#1 v1.5 key transport (rsa-1_5).", at: method.position)
                }
            }
        }
    }
}
