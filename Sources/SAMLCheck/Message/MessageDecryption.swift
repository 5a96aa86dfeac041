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
        /// `EncryptedAssertion` or `EncryptedID`.
        public let element: String
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

/// Decrypts EncryptedAssertions, then the EncryptedIDs in their Subjects, in place with xmlsec,
/// as the SP would, so the model reads what is inside. Each key is tried on its own, so the report can say which one worked.
/// The EncryptedKey may sit inside EncryptedData's KeyInfo or beside it (a same-document
/// RetrievalMethod); nothing outside the document is ever fetched.
enum MessageDecryption {
    /// The Response's EncryptedAssertions.
    static func decryptAssertions(_ tree: XMLTree, keys: [DecryptionKey]) -> [DecryptionOutcome.Attempt] {
        guard case .success = XMLSec.setUp, let root = tree.rootElement else { return [] }
        return root.childElements.filter { $0.localName == "EncryptedAssertion" && $0.namespaceURI == XMLNamespace.assertion }
            .compactMap { decrypt($0, in: tree, keys: keys) }
    }

    /// The EncryptedIDs in the (readable) assertions' Subjects.
    static func decryptIdentifiers(_ tree: XMLTree, keys: [DecryptionKey]) -> [DecryptionOutcome.Attempt] {
        guard case .success = XMLSec.setUp, let root = tree.rootElement else { return [] }
        var attempts: [DecryptionOutcome.Attempt] = []
        let assertions = root.localName == "Assertion" ? [root]
            : root.childElements.flatMap { child -> [xmlNodePtr] in
                if child.localName == "Assertion" { return [child] }
                if child.localName == "EncryptedAssertion" { return child.childElements.filter { $0.localName == "Assertion" } }
                return []
            }
        for assertion in assertions {
            for subject in assertion.childElements where subject.localName == "Subject" && subject.namespaceURI == XMLNamespace.assertion {
                for wrapper in subject.childElements where wrapper.localName == "EncryptedID" && wrapper.namespaceURI == XMLNamespace.assertion {
                    if let attempt = decrypt(wrapper, in: tree, keys: keys) { attempts.append(attempt) }
                }
            }
        }
        return attempts
    }

    /// One EncryptedAssertion or EncryptedID: each key in turn until one decrypts its EncryptedData.
    private static func decrypt(_ wrapper: xmlNodePtr, in tree: XMLTree, keys: [DecryptionKey]) -> DecryptionOutcome.Attempt? {
        guard let data = wrapper.childElements.first(where: { $0.localName == "EncryptedData" && $0.namespaceURI == XMLNamespace.xmlenc }) else { return nil }
        let line = tree.position(of: wrapper).line
        let facts = MessageModelBuilder.encryptedFacts(wrapper, tree: tree)
        var tried: [String] = []
        var failure: String?
        for key in keys {
            tried.append(key.name)
            let (succeeded, errors) = XMLSec.collectingErrors { attempt(data, key: key) }
            if succeeded {
                return .init(element: wrapper.localName, decryptedWith: key.name, keysTried: tried, failure: nil, line: line, facts: facts)
            }
            failure = failure ?? explain(errors)
        }
        return .init(element: wrapper.localName, decryptedWith: nil, keysTried: tried, failure: failure, line: line, facts: facts)
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
