internal import CLibXML2
internal import CXMLSec
internal import COpenSSL
internal import CSupport

/// Verifies one enveloped signature with xmlsec, under restrictions that keep it inside the
/// document: same-document References only, allow-listed transforms (digests included), manifests
/// ignored, no RetrievalMethod, no encrypted keys. The return value of xmlSecDSigCtxVerify only
/// says the run finished: the verdict is the context's status, read per reference.
struct SignatureVerifier {
    /// Which key to verify with.
    enum Key {
        /// A trusted key or certificate; KeyInfo is ignored.
        case anchor(TrustAnchor)
        /// The key value in the signature's own KeyInfo, as xmlsec's KeyInfo reader picks it.
        case keyInfo
        /// The DER of a certificate (one of those the signature's KeyInfo carries), loaded
        /// directly; KeyInfo is ignored.
        case certificate([UInt8])
    }

    /// What one verification attempt found.
    enum Outcome: Sendable, Hashable {
        /// Digest and signature value verify. `signer` is the fingerprint of the certificate (or key)
        /// that verified it; `signerKey` the fingerprint of its public key.
        case verified(signer: Fingerprint?, signerKey: VerifyingKey?)
        /// A reference's digest does not match: the signed content changed.
        case digestMismatch(referenceURI: String)
        /// The references are intact but the signature value does not verify with the key.
        case signatureMismatch
        /// No usable key (KeyInfo without certificate or key value).
        case noKey(detail: String)
        /// The key is of another kind than the signature method needs (an EC key under an RSA
        /// signature): it cannot have made this signature.
        case wrongKeyKind(detail: String)
        /// xmlsec could not process the signature (unresolvable reference, refused transform…).
        case processingFailed(detail: String)
    }

    let allowSHA1: Bool

    /// Verifies `signatureNode` (an element of `tree`).
    func verify(_ signatureNode: xmlNodePtr, with key: Key) -> Outcome {
        if case .failure(let unavailable) = XMLSec.setUp { return .processingFailed(detail: unavailable.reason) }
        let (outcome, errors) = XMLSec.collectingErrors { () -> Outcome in
            // Only KeyInfo reading needs a key manager, and xmlsec's default one builds an X.509
            // store that parses the system CA bundle (a third of a one-entity check) although
            // integrity-only verification never consults it. A preset key needs no manager.
            var manager: xmlSecKeysMngrPtr?
            defer { if let manager { xmlSecKeysMngrDestroy(manager) } }
            if case .keyInfo = key {
                manager = xmlSecKeysMngrCreate()
                guard let manager, xmlSecOpenSSLAppDefaultKeysMngrInit(manager) >= 0 else {
                    return .processingFailed(detail: "xmlsec could not create a key manager")
                }
            }
            guard let context = xmlSecDSigCtxCreate(manager) else {
                return .processingFailed(detail: "xmlsec could not create a signature context")
            }
            defer { xmlSecDSigCtxDestroy(context) }
            configure(context)
            switch key {
            case .anchor(let anchor):
                guard let loaded = loadKey(anchor.der, isCertificate: anchor.isCertificate) else {
                    return .processingFailed(detail: "xmlsec could not load the trusted key \(anchor.name)")
                }
                context.pointee.signKey = loaded
            case .certificate(let der):
                guard let loaded = loadKey(der, isCertificate: true) else {
                    return .noKey(detail: "the certificate in the signature's KeyInfo holds no key xmlsec can use")
                }
                context.pointee.signKey = loaded
            case .keyInfo:
                context.pointee.keyInfoReadCtx.flags |= UInt32(XMLSEC_KEYINFO_FLAGS_X509DATA_DONT_VERIFY_CERTS)
            }
            let processed = xmlSecDSigCtxVerify(context, signatureNode)
            return readOutcome(of: context, processed: processed >= 0)
        }
        switch outcome {
        case .verified(nil, let signerKey):
            // A key loaded from DER keeps no certificate in xmlsec; the certificate is known here.
            guard case .certificate(let der) = key else { return outcome }
            return .verified(signer: Fingerprint(sha256Of: der), signerKey: signerKey)
        case .processingFailed(let detail) where detail.isEmpty:
            return .processingFailed(detail: Self.explain(errors))
        case .noKey(let detail) where detail.isEmpty:
            return .noKey(detail: Self.explain(errors))
        default:
            return outcome
        }
    }

    private func configure(_ context: xmlSecDSigCtxPtr) {
        context.pointee.flags |= UInt32(XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS)
        context.pointee.enabledReferenceUris = UInt32(xmlSecTransformUriTypeEmpty | xmlSecTransformUriTypeSameDocument)
        // KeyInfo may only yield a key from what it carries inline.
        context.pointee.keyInfoReadCtx.maxRetrievalMethodLevel = 0
        context.pointee.keyInfoReadCtx.maxEncryptedKeyLevel = 0
        context.pointee.keyInfoReadCtx.retrievalMethodCtx.enabledUris = UInt32(xmlSecTransformUriTypeNone)
        // The list names KeyInfo's children (KeyValue) as well as what they contain (RSA, EC):
        // without the KeyValue reader a bare key value would never be read.
        withUnsafeMutablePointer(to: &context.pointee.keyInfoReadCtx.enabledKeyData) { list in
            _ = xmlSecPtrListAdd(list, UnsafeMutableRawPointer(mutating: xmlSecKeyDataValueGetKlass()))
            _ = xmlSecPtrListAdd(list, UnsafeMutableRawPointer(mutating: xmlSecOpenSSLKeyDataX509GetKlass()))
            _ = xmlSecPtrListAdd(list, UnsafeMutableRawPointer(mutating: xmlSecOpenSSLKeyDataRsaGetKlass()))
            _ = xmlSecPtrListAdd(list, UnsafeMutableRawPointer(mutating: xmlSecOpenSSLKeyDataEcdsaGetKlass()))
            _ = xmlSecPtrListAdd(list, UnsafeMutableRawPointer(mutating: xmlSecOpenSSLKeyDataRawX509CertGetKlass()))
        }
        // Reference transforms: the profile's two, and the digests (digests are transforms too).
        var referenceTransforms: [xmlSecTransformId?] = [
            xmlSecTransformEnvelopedGetKlass(), xmlSecTransformExclC14NGetKlass(), xmlSecTransformExclC14NWithCommentsGetKlass(),
            xmlSecOpenSSLTransformSha224GetKlass(), xmlSecOpenSSLTransformSha256GetKlass(),
            xmlSecOpenSSLTransformSha384GetKlass(), xmlSecOpenSSLTransformSha512GetKlass(),
        ]
        // Signature transforms: canonicalization of SignedInfo and the signature methods.
        var signatureTransforms: [xmlSecTransformId?] = [
            xmlSecTransformExclC14NGetKlass(), xmlSecTransformExclC14NWithCommentsGetKlass(),
            xmlSecTransformInclC14NGetKlass(), xmlSecTransformInclC14NWithCommentsGetKlass(),
            xmlSecTransformInclC14N11GetKlass(), xmlSecTransformInclC14N11WithCommentsGetKlass(),
            xmlSecOpenSSLTransformRsaSha224GetKlass(), xmlSecOpenSSLTransformRsaSha256GetKlass(),
            xmlSecOpenSSLTransformRsaSha384GetKlass(), xmlSecOpenSSLTransformRsaSha512GetKlass(),
            xmlSecOpenSSLTransformEcdsaSha224GetKlass(), xmlSecOpenSSLTransformEcdsaSha256GetKlass(),
            xmlSecOpenSSLTransformEcdsaSha384GetKlass(), xmlSecOpenSSLTransformEcdsaSha512GetKlass(),
        ]
        // SHA-1 is verified even when policy refuses it, so the report can say whether the
        // signature is otherwise sound; the verdict is decided by the profile.
        referenceTransforms.append(xmlSecOpenSSLTransformSha1GetKlass())
        signatureTransforms += [xmlSecOpenSSLTransformRsaSha1GetKlass(), xmlSecOpenSSLTransformEcdsaSha1GetKlass()]
        for transform in referenceTransforms { if let transform { _ = xmlSecDSigCtxEnableReferenceTransform(context, transform) } }
        for transform in signatureTransforms { if let transform { _ = xmlSecDSigCtxEnableSignatureTransform(context, transform) } }
    }

    private func loadKey(_ der: [UInt8], isCertificate: Bool) -> xmlSecKeyPtr? {
        let format = isCertificate ? xmlSecKeyDataFormatCertDer : xmlSecKeyDataFormatDer
        return der.withUnsafeBufferPointer { buffer in
            xmlSecOpenSSLAppKeyLoadMemory(buffer.baseAddress, UInt32(buffer.count), format, nil, nil, nil)
        }
    }

    private func readOutcome(of context: xmlSecDSigCtxPtr, processed: Bool) -> Outcome {
        var firstFailedReference: String?
        var referenceCount = 0
        withUnsafeMutablePointer(to: &context.pointee.signedInfoReferences) { list in
            let count = xmlSecPtrListGetSize(list)
            referenceCount = Int(count)
            for index in 0..<count {
                guard let raw = xmlSecPtrListGetItem(list, index) else { continue }
                let reference = raw.assumingMemoryBound(to: xmlSecDSigReferenceCtx.self)
                if reference.pointee.status != xmlSecDSigStatusSucceeded, firstFailedReference == nil {
                    firstFailedReference = reference.pointee.uri.map { String(cString: $0) } ?? ""
                }
            }
        }
        if context.pointee.status == xmlSecDSigStatusSucceeded, processed {
            return .verified(signer: signerFingerprint(context), signerKey: verifyingKey(context))
        }
        if !processed {
            guard let key = context.pointee.signKey else { return .noKey(detail: "") }
            if let mismatch = keyKindMismatch(key, context) { return .wrongKeyKind(detail: mismatch) }
            return .processingFailed(detail: "")
        }
        if let failed = firstFailedReference { return .digestMismatch(referenceURI: failed) }
        if referenceCount == 0 { return .processingFailed(detail: "") }
        return .signatureMismatch
    }

    /// Why a preset key does not fit the signature method, when that is why processing stopped:
    /// xmlsec sets the method's key requirements before it checks the key against them.
    private func keyKindMismatch(_ key: xmlSecKeyPtr, _ context: xmlSecDSigCtxPtr) -> String? {
        guard let method = context.pointee.signMethod?.pointee.id?.pointee.name else { return nil }
        let fits = withUnsafeMutablePointer(to: &context.pointee.keyInfoReadCtx.keyReq) { xmlSecKeyMatch(key, nil, $0) }
        guard fits != 1 else { return nil }
        let kind = key.pointee.value?.pointee.id?.pointee.name.map { String(cString: $0) } ?? "unknown"
        return "the signature method is \(String(cString: method)) but the key is \(kind == "ecdsa" ? "an EC" : "an \(kind.uppercased())") key"
    }

    /// SHA-256 of the certificate that carried the verifying key, when there was one.
    private func signerFingerprint(_ context: xmlSecDSigCtxPtr) -> Fingerprint? {
        guard let key = context.pointee.signKey,
              let data = xmlSecKeyGetData(key, xmlSecOpenSSLKeyDataX509GetKlass()),
              let certificate = xmlSecOpenSSLKeyDataX509GetKeyCert(data) else { return nil }
        let der = OpenSSLEncoding.der { i2d_X509(certificate, $0) }
        return der.isEmpty ? nil : Fingerprint(sha256Of: der)
    }

    /// The verifying public key: SHA-256 of its SubjectPublicKeyInfo, its type and size.
    private func verifyingKey(_ context: xmlSecDSigCtxPtr) -> VerifyingKey? {
        guard let key = context.pointee.signKey, let value = key.pointee.value,
              let evp = xmlSecOpenSSLEvpKeyDataGetEvp(value) else { return nil }
        let der = OpenSSLEncoding.der { i2d_PUBKEY(evp, $0) }
        guard !der.isEmpty else { return nil }
        // The key manager's name (RSA, EC, ED25519), not the algorithm OID's short name (rsaEncryption).
        let type = EVP_PKEY_get0_type_name(evp).map { String(cString: $0) } ?? ""
        return VerifyingKey(fingerprint: Fingerprint(sha256Of: der), type: type, bits: Int(EVP_PKEY_get_bits(evp)))
    }

    /// Turns xmlsec's error trail into one plain sentence.
    static func explain(_ errors: [String]) -> String {
        let joined = errors.joined(separator: " | ")
        if joined.contains("xmlXPtrEval") || joined.contains("xpointer") {
            return "the Reference does not resolve to an element of this document"
        }
        if joined.contains("key is not found") || joined.contains("key not found") || joined.contains("xmlSecDSigCtxProcessKeyInfoNode") {
            return "no key to verify with: the signature's KeyInfo carries no usable certificate or key value"
        }
        if joined.contains("transform") && joined.contains("disabled") {
            return "the signature uses a transform or algorithm that is not allowed"
        }
        if joined.contains("base64") { return "the signature contains invalid base64" }
        return errors.first.map { "xmlsec could not process the signature (\($0))" } ?? "xmlsec could not process the signature"
    }
}
