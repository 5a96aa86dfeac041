extension RuleContext {
    /// The key types and sizes a KeyDescriptor publishes: from its certificates as the
    /// certificate stage read them, or from a bare ds:KeyValue.
    func publishedKeys(of key: KeyDescriptor) -> [(type: CertificateInfo.KeyType, bits: Int?)] {
        guard let keyInfo = key.keyInfo else { return [] }
        var keys: [(CertificateInfo.KeyType, Int?)] = keyInfo.certificates.compactMap { certificate in
            certificates.info(for: certificate).map { ($0.keyType, $0.keyBits) }
        }
        if keys.isEmpty {
            for value in keyInfo.keyValues {
                switch value.content {
                case .rsa: keys.append((.rsa, nil))
                case .ec: keys.append((.ec, nil))
                case .dsa: keys.append((.dsa, nil))
                case .other: continue
                }
            }
        }
        return keys
    }
}

extension RoleDescriptor {
    /// Whether the role publishes a key peers can verify its signatures with: a signing (or
    /// unmarked) KeyDescriptor carrying a certificate or key value.
    var publishesSigningKey: Bool {
        keyDescriptors.contains { key in
            key.isUsableForSigning && !((key.keyInfo?.certificates.isEmpty ?? true) && (key.keyInfo?.keyValues.isEmpty ?? true))
        }
    }
}
