internal import CLibXML2
internal import CXMLSec
internal import COpenSSL

/// A private key the SP decrypts with (`--sp-key`): PEM, as the SP's configuration holds it.
public struct DecryptionKey: Sendable {
    /// Where it came from (a file name), for reports.
    public let name: String
    let pem: [UInt8]

    /// A key read from `pem`; nil when the bytes hold no private key OpenSSL can read.
    public init?(pem: [UInt8], name: String) {
        guard String(decoding: pem.prefix(4096), as: UTF8.self).contains("PRIVATE KEY") else { return nil }
        self.name = name
        self.pem = pem
    }
}

/// What decrypting a message's EncryptedAssertions found.
public struct DecryptionOutcome: Sendable, Hashable {
    /// One EncryptedAssertion's outcome.
    public struct Attempt: Sendable, Hashable {
        /// The key that decrypted it; nil when none did.
        public let decryptedWith: String?
        /// The keys tried, in order.
        public let keysTried: [String]
        /// What xmlsec said when no key worked.
        public let failure: String?
        /// Where the EncryptedAssertion starts.
        public let line: Int
        /// Its algorithms and key hints, read before decryption replaced it.
        public let facts: EncryptedElementFacts
    }

    /// One per EncryptedAssertion, in document order.
    public let attempts: [Attempt]
}

/// Decrypts EncryptedAssertions in place with xmlsec, as the SP would, so the model reads the
/// assertion inside. Each key is tried on its own, so the report can say which one worked.
/// The EncryptedKey may sit inside EncryptedData's KeyInfo or beside it (a same-document
/// RetrievalMethod); nothing outside the document is ever fetched.
enum MessageDecryption {
    static func decrypt(_ tree: XMLTree, keys: [DecryptionKey]) -> DecryptionOutcome? {
        guard case .success = XMLSec.setUp, let root = tree.rootElement else { return nil }
        var attempts: [DecryptionOutcome.Attempt] = []
        for wrapper in root.childElements where wrapper.localName == "EncryptedAssertion" && wrapper.namespaceURI == XMLNamespace.assertion {
            guard let data = wrapper.childElements.first(where: { $0.localName == "EncryptedData" && $0.namespaceURI == XMLNamespace.xmlenc }) else { continue }
            let line = tree.position(of: wrapper).line
            let facts = MessageModelBuilder.encryptedFacts(wrapper, tree: tree)
            var tried: [String] = []
            var failure: String?
            var decryptedWith: String?
            for key in keys {
                tried.append(key.name)
                let (succeeded, errors) = XMLSec.collectingErrors { attempt(data, key: key) }
                if succeeded {
                    decryptedWith = key.name
                    break
                }
                failure = failure ?? explain(errors)
            }
            attempts.append(.init(decryptedWith: decryptedWith, keysTried: tried, failure: decryptedWith == nil ? failure : nil, line: line, facts: facts))
        }
        return attempts.isEmpty ? nil : DecryptionOutcome(attempts: attempts)
    }

    /// xmlsec's error trail as one sentence about decryption.
    private static func explain(_ errors: [String]) -> String {
        let joined = errors.joined(separator: " | ")
        if joined.contains("key is not found") || joined.contains("key not found") || joined.contains("EncryptedKey") || joined.contains("rsa") {
            return "the EncryptedKey does not decrypt with it (the assertion was encrypted to another key)"
        }
        if joined.contains("transform") || joined.contains("disabled") { return "the encryption algorithm is not supported" }
        return errors.first.map { "xmlsec could not decrypt (\($0))" } ?? "its EncryptedKey did not decrypt with it (the assertion was most likely encrypted to another key)"
    }

    private static func attempt(_ data: xmlNodePtr, key: DecryptionKey) -> Bool {
        guard let manager = xmlSecKeysMngrCreate() else { return false }
        defer { xmlSecKeysMngrDestroy(manager) }
        guard xmlSecOpenSSLAppDefaultKeysMngrInit(manager) >= 0 else { return false }
        let loaded = key.pem.withUnsafeBufferPointer { buffer in
            xmlSecOpenSSLAppKeyLoadMemory(buffer.baseAddress, UInt32(buffer.count), xmlSecKeyDataFormatPem, nil, nil, nil)
        }
        guard let loaded else { return false }
        guard xmlSecOpenSSLAppDefaultKeysMngrAdoptKey(manager, loaded) >= 0 else { xmlSecKeyDestroy(loaded); return false }
        guard let context = xmlSecEncCtxCreate(manager) else { return false }
        defer { xmlSecEncCtxDestroy(context) }
        // Only what the document carries: EncryptedKey inline or by a same-document reference.
        context.pointee.keyInfoReadCtx.maxRetrievalMethodLevel = 1
        context.pointee.keyInfoReadCtx.retrievalMethodCtx.enabledUris = UInt32(xmlSecTransformUriTypeSameDocument)
        context.pointee.keyInfoReadCtx.maxEncryptedKeyLevel = 1
        guard xmlSecEncCtxDecrypt(context, data) >= 0, context.pointee.result != nil else { return false }
        return true
    }
}
