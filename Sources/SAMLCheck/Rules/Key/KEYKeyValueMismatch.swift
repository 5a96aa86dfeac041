/// KEY-KEYVALUE-MISMATCH: KeyValue and certificate must be the same key.
struct KEYKeyValueMismatch: Rule {
    static let description = RuleDescription(
        id: "KEY-KEYVALUE-MISMATCH",
        title: "KeyValue and certificate agree",
        severity: .error,
        profiles: [.coreExt],
        citation: "IOP §2.5.1",
        rationale: "When a KeyInfo carries both a ds:KeyValue and an X509Certificate they MUST represent the same key; if not, peers that read one verify with a different key than peers that read the other.",
        hint: "Remove the KeyValue (the certificate is enough), or make it the certificate's key.",
        examples: [
            .triggers(ExampleMetadata.idp("""
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                ↓<ds:KeyValue><ds:RSAKeyValue><ds:Modulus>AQAB</ds:Modulus><ds:Exponent>AQAB</ds:Exponent></ds:RSAKeyValue></ds:KeyValue>
                <ds:X509Data><ds:X509Certificate>\(CertificateExamples.good)</ds:X509Certificate></ds:X509Data>
              </ds:KeyInfo>
            </md:KeyDescriptor>
            \(ExampleMetadata.redirectSSO)
            """)),
            .passes(CertificateExamples.idp(CertificateExamples.keyDescriptor(CertificateExamples.good))),
        ])

    func check(entity: EntityDescriptor, context: inout RuleContext) {
        for key in entity.roles.flatMap(\.keyDescriptors) + (entity.affiliation?.keyDescriptors ?? []) {
            guard let keyInfo = key.keyInfo, let certificate = keyInfo.certificates.first, !keyInfo.keyValues.isEmpty,
                  case .success(let der) = Base64.decode(certificate.base64),
                  let material = CertificateDecoder.publicKeyMaterial(der: der) else { continue }
            for value in keyInfo.keyValues {
                if let mismatch = Self.mismatch(value.content, material) {
                    context.report("The KeyValue \(mismatch) the certificate's key.", at: value.position)
                }
            }
        }
    }

    /// How the KeyValue differs from the certificate's key; nil when they agree or cannot be compared.
    static func mismatch(_ value: KeyValue.Content, _ material: CertificateDecoder.PublicKeyMaterial) -> String? {
        func bytes(_ base64: String) -> [UInt8]? {
            guard case .success(var decoded) = Base64.decode(base64) else { return nil }
            while decoded.count > 1, decoded.first == 0 { decoded.removeFirst() }
            return decoded
        }
        switch (value, material) {
        case (.rsa(let modulus, let exponent), .rsa(let certificateModulus, let certificateExponent)):
            guard let modulus = bytes(modulus), let exponent = bytes(exponent) else { return "is not valid base64, so it does not match" }
            if modulus != certificateModulus { return "has a different RSA modulus than" }
            if exponent != certificateExponent { return "has a different RSA exponent than" }
            return nil
        case (.ec(_, let publicKey), .ecPoint(let point)):
            guard let decoded = Base64.decode(publicKey).successValue else { return "is not valid base64, so it does not match" }
            return decoded == point ? nil : "has a different EC point than"
        case (.rsa, _), (.ec, _), (.dsa, _):
            return "is a different type of key than"
        case (.other, _):
            return nil
        }
    }
}

extension Result {
    var successValue: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
